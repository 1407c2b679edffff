import type { ScenarioFile } from '../../scenario/types';

// The one way a drill file is written out (Download, a share link, My drills' copies): two-space
// JSON with a final newline, the form the scenarios/ files have. Reading it back gives the same
// object, and writing that gives the same bytes.

export function drillText(f: ScenarioFile): string {
  return JSON.stringify(f, null, 2) + '\n';
}
