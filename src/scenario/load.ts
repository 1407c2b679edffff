import { ScenarioError, type ScenarioFile } from './types';
import { parseJsonText } from './json-text';
import { validateScenario } from './validate';

// Text in, a validated scenario out, or a ScenarioError naming the file, the place and the fix.

export function parseScenario(text: string, file: string): ScenarioFile {
  const data = parseJsonText(text, file);
  const problems = validateScenario(data);
  if (problems.length) throw new ScenarioError(file, problems);
  return data as ScenarioFile;
}
