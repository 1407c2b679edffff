import { parseCommandArgs } from './args';
import { CliError, EXIT, usageError } from './errors';
import type { Io } from './output';
import { loadScenario } from './scenario-file';
import { shownName } from './io';
import { scriptWarnings } from '../scenario/script-check';
import { clipItems } from '../scenario/bounded-text';

// onside validate FILE...: "FILE: ok", or one line per problem; exit 1 if any file has one.
// A valid file's script lines that cannot happen as written get a "warning:" line each (exit 0).
export function validateCommand(args: string[], io: Io): number {
  const { positionals } = parseCommandArgs('validate', args, {});
  if (positionals.length === 0) throw usageError('validate: expected at least one drill file');
  let failed = 0;
  for (const file of positionals) {
    try {
      const s = loadScenario(file);
      io.out(`${shownName(file)}: ok`);
      const warnings = clipItems(scriptWarnings(s), (n) => ({ path: '$.script', message: `… and ${n} more warning${n === 1 ? '' : 's'}` }));
      for (const w of warnings) io.out(`warning: ${shownName(file)}: ${w.path}: ${w.message}`);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.out(e.message);
      failed++;
    }
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
