import { readFileSync } from 'node:fs';
import { CliError, EXIT, HelpRequest, usageError } from './errors';
import { HELP, TOP_HELP } from './help';
import type { Io } from './output';
import { migrateCommand } from './migrate';
import { offsideCommand } from './offside';
import { runCommand } from './run';
import { sweepCommand } from './sweep';
import { validateCommand } from './validate';
import { clip } from '../scenario/bounded-text';

// The headless command line: dispatch, help, and the promise that users see messages, not stacks.

const COMMANDS: Record<string, (args: string[], io: Io) => number | Promise<number>> = {
  validate: validateCommand,
  run: runCommand,
  offside: offsideCommand,
  sweep: sweepCommand,
  migrate: migrateCommand,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function dispatch(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.err(TOP_HELP);
    return EXIT.usage;
  }
  if (command === '-h' || command === '--help') {
    io.out(TOP_HELP);
    return EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    io.out(version());
    return EXIT.ok;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.out(TOP_HELP);
    else if (Object.hasOwn(HELP, topic)) io.out(HELP[topic]);
    else throw usageError(`help: unknown command "${clip(topic)}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    throw usageError(`unknown command "${clip(command)}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  }
  return COMMANDS[command](rest, io);
}

/** Run the command line; returns the exit code. Every failure becomes a message on stderr. */
export function main(argv: string[], io: Io): number | Promise<number> {
  try {
    const code = dispatch(argv, io);
    return typeof code === 'number' ? code : code.catch((e: unknown) => failed(e, argv, io));
  } catch (e) {
    return failed(e, argv, io);
  }
}

/** What the user sees of a failure: a message, never a stack (exit 1, 2 or, for a bug, 3). */
function failed(e: unknown, argv: string[], io: Io): number {
  {
    if (e instanceof HelpRequest) {
      io.out(HELP[e.command]);
      return EXIT.ok;
    }
    if (e instanceof CliError) {
      if (e.code !== EXIT.usage) io.err(e.message);
      else {
        io.err(`onside${Object.hasOwn(COMMANDS, argv[0]) || argv[0] === 'help' ? ' ' : ': '}${e.message}`);
        io.err(`(see onside ${Object.hasOwn(COMMANDS, argv[0]) ? argv[0] + ' ' : ''}--help)`);
      }
      return e.code;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`onside: internal error: ${msg}`);
    if (process.env.ONSIDE_DEBUG) io.err(e instanceof Error ? String(e.stack) : '');
    else io.err('(this is a bug in Onside; run again with ONSIDE_DEBUG=1 to see where it happened)');
    return EXIT.internal;
  }
}
