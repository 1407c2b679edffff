import { parseScenario } from '../scenario/load';
import { ScenarioError, type ScenarioFile } from '../scenario/types';
import { CliError, EXIT } from './errors';
import { parseJson, readText, shownName } from './io';

// A drill file from disk, or a CliError whose message is one line per problem.
export function loadScenario(file: string): ScenarioFile {
  const r = readText(file);
  if ('problem' in r) throw new CliError(r.problem, EXIT.invalid);
  // Syntax first, here: one line with a line and column, whatever V8's message looks like.
  const name = shownName(file);
  const j = parseJson(r.text, name);
  if ('problem' in j) throw new CliError(j.problem, EXIT.invalid);
  try {
    return parseScenario(r.text, name);
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message, EXIT.invalid);
    throw e;
  }
}
