import { ScenarioError, type ScenarioFile } from './types';
import { clipItems } from './bounded-text';
import { MAX_DRILL_BYTES } from './input-limits';
import { parseJsonText } from './json-text';
import { migrateData } from './migrate';
import { validateScenario } from './validate';

// Text in, a validated scenario at the current format version out (older files are migrated
// first), or a ScenarioError naming the file, the place and the fix (at most MAX_PROBLEMS of
// them, then how many more).

export function parseScenario(text: string, file: string): ScenarioFile {
  const m = migrateData(parseJsonText(text, file, { maxChars: MAX_DRILL_BYTES, uniqueKeys: true }));
  if ('problem' in m) throw new ScenarioError(file, [m.problem]);
  const data = m.data;
  const problems = validateScenario(data);
  if (problems.length) throw new ScenarioError(file, clipItems(problems, (n) => ({ path: '$', message: `… and ${n} more problem${n === 1 ? '' : 's'}` })));
  return data as ScenarioFile;
}
