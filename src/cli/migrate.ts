import { migrateText, DRILL_VERSION } from '../scenario/migrate';
import { parseCommandArgs } from './args';
import { CliError, EXIT, usageError } from './errors';
import { readText, shownName, writeText } from './io';
import type { Io } from './output';
import { loadScenario } from './scenario-file';

// onside migrate FILE...: bring drill files to the current format version, in place, keeping
// their layout; each is checked first (an invalid file is left as it is) and after.
export function migrateCommand(args: string[], io: Io): number {
  const { positionals } = parseCommandArgs('migrate', args, {});
  if (positionals.length === 0) throw usageError('migrate: expected at least one drill file');
  let failed = 0;
  for (const file of positionals) {
    try {
      loadScenario(file); // valid as it stands (read as its own version)
      const r = readText(file);
      if ('problem' in r) throw new CliError(r.problem, EXIT.invalid);
      const m = migrateText(r.text);
      if ('problem' in m) throw new CliError(`${shownName(file)}: ${m.problem.path}: ${m.problem.message}`, EXIT.invalid);
      if (m.from === DRILL_VERSION) {
        io.out(`${shownName(file)}: already version ${DRILL_VERSION}`);
        continue;
      }
      writeText(file, m.text, 'migrate:');
      loadScenario(file);
      io.out(`${shownName(file)}: version ${m.from} → ${DRILL_VERSION}`);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.out(e.message);
      failed++;
    }
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
