import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sweep } from '../src/analysis/sweep';
import { simulate } from '../src/core/simulate';
import { parseScenario } from '../src/scenario/load';
import { paramValues, resolveDrill } from '../src/scenario/resolve';
import { timeMs } from './stats';

// How fast a sweep too big to run is refused: before any cell is simulated, so in a small share
// of one run's time (the unit tests check the message; the speed is measured here, where a busy
// machine makes a slow number a report, not a failure). And the command line refusing it.

const FILE = 'scenarios/in-behind.json';
const TOO_MANY = [
  { name: 'runStart', from: 0, to: 4, step: 0.01 },
  { name: 'passTime', from: 0.5, to: 4, step: 0.01 },
];

export async function run(): Promise<void> {
  const s = parseScenario(readFileSync(FILE, 'utf8'), FILE);
  const params = paramValues(s);
  const spec = resolveDrill(s, params);
  const one = timeMs(() => simulate(spec, 1, { scenario: s.id, params }), 50);
  const refuse = timeMs(() => { try { sweep(s, { vary: TOO_MANY, seed: 1 }); } catch { /* refused, as expected */ } }, 50);
  const cli = timeMs(() => {
    try { execFileSync('node', ['bin/onside.js', 'sweep', FILE, '--vary', 'runStart=0:4:0.01', '--vary', 'passTime=0.5:4:0.01'], { stdio: 'pipe' }); } catch { /* exit 2 */ }
  }, 3);
  console.log(`refusal: ${FILE}, 401 × 351 cells asked for`);
  console.log(`  one run of the drill       ${one.toFixed(2)} ms`);
  console.log(`  sweep() refusing it        ${refuse.toFixed(2)} ms   target < one run: ${refuse < one ? 'met' : 'MISSED'}`);
  console.log(`  onside sweep refusing it   ${cli.toFixed(0)} ms (a whole node process)   target < 2000 ms: ${cli < 2000 ? 'met' : 'MISSED'}`);
}
