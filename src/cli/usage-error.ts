/** Wrong use of the command line (exit status 2): the message is Chinese with the English in brackets. */
export class UsageError extends Error {
  /** Whether the usage text follows the message (not for a `--out` that cannot be written: the usage does not help). */
  readonly showUsage: boolean;

  constructor(message: string, options: { readonly showUsage?: boolean } = {}) {
    super(message);
    this.name = 'UsageError';
    this.showUsage = options.showUsage ?? true;
  }
}
