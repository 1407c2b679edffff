import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onside } from './cli-process';

// The README shows what `onside run` and `onside sweep` print for the drills as they are. When
// the engine moves on purpose those numbers move with it: these tests run each shown command and
// find every line the README shows (rows, cells, the window, events) in what it prints now.

const README = readFileSync('README.md', 'utf8').split('\n');

/** The lines shown under `$ npx onside ARGS` (a one-line command) up to the end of its block. */
function shown(args: string): string[] {
  const at = README.indexOf(`$ npx onside ${args}`);
  if (at < 0) throw new Error(`README: no example "$ npx onside ${args}"`);
  const out: string[] = [];
  for (let k = at + 1; k < README.length && !README[k].startsWith('```') && !README[k].startsWith('$ '); k++) out.push(README[k].trim());
  return out;
}

const SWEEPS = [
  'sweep scenarios/in-behind.json --vary runStart=1:3:0.25',
  'sweep scenarios/in-behind.json --vary runStart=0:4:0.25 --csv',
  'sweep scenarios/back-post-cross.json --vary runStart=0:4:0.5 --seeds 20 --csv',
];

describe('README: the command examples print what they show', () => {
  for (const cmd of SWEEPS) {
    it(cmd, async () => {
      const lines = shown(cmd).filter((l) => /^(-?[0-9.]+,|\{"values"|"window")/.test(l));
      expect(lines.length).toBeGreaterThanOrEqual(3); // rows or cells are shown, not only "..."
      const r = await onside(...cmd.split(' '));
      expect(r.code).toBe(0);
      const printed = new Set(r.stdout.split('\n').map((l) => l.trim()));
      for (const l of lines) expect(printed.has(l.replace(/,$/, '')) || printed.has(l), l).toBe(true);
    });
  }

  it('run scenarios/through-pass.json --seed 3 --set passTime=1.2: the events in order, the ticks and the outcome', async () => {
    const block = shown('run scenarios/through-pass.json --seed 3 --set passTime=1.2');
    const events = block.filter((l) => l.startsWith('{ "tick"')).map((l) => {
      const m = /"tick": (\d+), "t": ([0-9.]+), "type": "(\w+)"(?:, "agent": "(\w+)")?/.exec(l)!;
      return { tick: Number(m[1]), t: Number(m[2]), type: m[3], agent: m[4] };
    });
    expect(events.length).toBeGreaterThanOrEqual(4);
    const r = await onside('run', 'scenarios/through-pass.json', '--seed', '3', '--set', 'passTime=1.2');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as { ticks: number; events: { tick: number; t: number; type: string; agent?: string }[]; outcome: { result: string; tick: number } };
    expect(t.events.map((e) => ({ tick: e.tick, t: e.t, type: e.type, agent: e.agent }))).toEqual(events);
    expect(block).toContain(`"ticks": ${t.ticks},`);
    expect(block.find((l) => l.startsWith('"outcome"'))).toContain(`"result": "${t.outcome.result}", "tick": ${t.outcome.tick}`);
  });
});
