import { ScenarioError, type ScenarioFile } from './types';
import { validateScenario } from './validate';

// Text in, a validated scenario out, or a ScenarioError naming the file, the place and the fix.

/** Line and column of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${col}`;
}

export function parseScenario(text: string, file: string): ScenarioFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? ` (${lineCol(text, Number(pos[1]))})` : '';
    throw new ScenarioError(file, [{ path: '$', message: `expected valid JSON${where}: ${msg.replace(/ in JSON at position \d+.*$/, '')}` }]);
  }
  const problems = validateScenario(data);
  if (problems.length) throw new ScenarioError(file, problems);
  return data as ScenarioFile;
}
