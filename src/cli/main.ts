import { isEngineError } from '../engine/core/errors';
import { shortText } from '../engine/ingest/issue-log';
import { parseArgs, type OptionSpec } from './args';
import type { CommandContext, Output } from './context';
import { ABC_OPTIONS, abcCommand } from './commands/abc';
import { ANSWER_KEY_OPTIONS, answerKeyCommand } from './commands/answer-key';
import { BGNBD_OPTIONS, PNBD_OPTIONS, bgnbdCommand, pnbdCommand } from './commands/bgnbd';
import { CLV_OPTIONS, clvCommand } from './commands/clv';
import { COHORT_OPTIONS, cohortCommand } from './commands/cohort';
import { ERLANG_OPTIONS, erlangCommand } from './commands/erlang';
import { GENERATE_OPTIONS, generateCommand } from './commands/generate';
import { PROFIT_OPTIONS, profitCommand } from './commands/profit';
import { RFM_OPTIONS, rfmCommand } from './commands/rfm';
import { SBG_OPTIONS, sbgCommand } from './commands/sbg';
import { SURVEY_OPTIONS, csatCommand, npsCommand } from './commands/survey';
import { checkOutPath } from './output-file';
import { USAGE } from './usage';
import { UsageError } from './usage-error';

interface Command {
  readonly options: OptionSpec;
  readonly run: (ctx: CommandContext) => Promise<void>;
  /** True when the command reads a file: an EngineError is then about the data (exit 3). */
  readonly readsFile: boolean;
}

const COMMANDS: Record<string, Command> = {
  rfm: { options: RFM_OPTIONS, run: rfmCommand, readsFile: true },
  abc: { options: ABC_OPTIONS, run: abcCommand, readsFile: true },
  clv: { options: CLV_OPTIONS, run: clvCommand, readsFile: false },
  erlang: { options: ERLANG_OPTIONS, run: erlangCommand, readsFile: false },
  bgnbd: { options: BGNBD_OPTIONS, run: bgnbdCommand, readsFile: true },
  pnbd: { options: PNBD_OPTIONS, run: pnbdCommand, readsFile: true },
  nps: { options: SURVEY_OPTIONS, run: npsCommand, readsFile: true },
  csat: { options: SURVEY_OPTIONS, run: csatCommand, readsFile: true },
  profit: { options: PROFIT_OPTIONS, run: profitCommand, readsFile: true },
  sbg: { options: SBG_OPTIONS, run: sbgCommand, readsFile: true },
  cohort: { options: COHORT_OPTIONS, run: cohortCommand, readsFile: true },
  generate: { options: GENERATE_OPTIONS, run: generateCommand, readsFile: false },
  'answer-key': { options: ANSWER_KEY_OPTIONS, run: answerKeyCommand, readsFile: false },
};

/**
 * Engine codes that mean an option's value was wrong (exit 2) even for a command that reads a file: the
 * options the engine itself checks. Every other engine error of such a command is about the file (exit 3).
 */
const OPTION_CODES = new Set(['invalid-bins', 'invalid-as-of', 'as-of-before-purchases', 'invalid-threshold', 'invalid-horizon']);

/** The longest message printed: values from a file or the command line are cut well before this. */
const MAX_MESSAGE_CHARS = 2000;

function oneLine(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS)}…` : line;
}

/**
 * Runs one command line and returns the exit status: 0 done, 2 wrong usage, 3 the input cannot be used
 * (docs/contracts.md §4). Every failure becomes one line on stderr (with the file name when a file was read), never a
 * stack trace; wrong usage also prints the usage text.
 */
export async function runCli(argv: readonly string[], io: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  // The name is typed by the user: `constructor` or `__proto__` must not find Object.prototype's members.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`crm:未知命令“${shortText(name)}”(unknown command: ${shortText(name)})\n${USAGE}\n`);
    return 2;
  }
  let file: string | undefined;
  try {
    const args = parseArgs(rest, command.options);
    file = command.readsFile ? args.positionals[0] : undefined;
    const out = args.values.get('out');
    if (out !== undefined) checkOutPath(out, file);
    await command.run({ args, io });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`crm ${name}:${oneLine(error.message)}\n${error.showUsage ? `${USAGE}\n` : ''}`);
      return 2;
    }
    if (isEngineError(error)) {
      const usage = !command.readsFile || OPTION_CODES.has(error.code);
      const where = file !== undefined && !usage ? `${shortText(file, 200)}:` : '';
      io.err(`crm ${name}:${where}${oneLine(error.message)}\n`);
      return usage ? 2 : 3;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`crm ${name}:${file !== undefined ? `${shortText(file, 200)}:` : ''}意外错误(unexpected error: ${oneLine(message)})\n`);
    return 3;
  }
}
