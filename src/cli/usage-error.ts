/** Wrong use of the command line (exit status 2): the message is Chinese with the English in brackets. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
