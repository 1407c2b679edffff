// Exit codes and the one error type the commands throw: a message for the user, never a stack.
export const EXIT = {
  ok: 0,
  invalid: 1, // an input file is wrong (scenario, snapshot) or cannot be read or written
  usage: 2, // the command line is wrong (options, parameter names or values)
  internal: 3, // a bug in Onside
} as const;

export class CliError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** Thrown by argument parsing on -h/--help: main prints the command's help and exits 0. */
export class HelpRequest extends Error {
  constructor(readonly command: string) {
    super(`help for ${command}`);
    this.name = 'HelpRequest';
  }
}
