import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { validateScenario } from '../../src/scenario/validate';

// The README's "Writing a drill" builds a drill from an empty file: what it says validate
// answers at each step, and what the whole file does, must stay true.

const README = readFileSync('README.md', 'utf8');
const MARK = '<!-- writing-a-drill: the whole file -->\n```json\n';

function wholeFile(): string {
  const at = README.indexOf(MARK);
  if (at < 0) throw new Error('README: the marked drill of "Writing a drill" is missing');
  const from = at + MARK.length;
  return README.slice(from, README.indexOf('\n```', from));
}

describe('README: Writing a drill', () => {
  const text = wholeFile();
  const s = parseScenario(text, 'README.md');
  const run = (variation?: string) => {
    const values = paramValues(s, {}, variation);
    return simulate(resolveDrill(s, values, variation), 1, { scenario: s.id, params: values });
  };

  it('step 1 and step 2 get the messages the text quotes', () => {
    const step1 = { $schema: '../assets/scenario.schema.json', version: 2, id: 'one-two', title: 'A one-two round the centre-back', agents: [], script: [] };
    expect(validateScenario(step1)).toEqual([{ path: '$.agents', message: 'expected at least 1 item(s)' }]);
    expect(README).toContain('`$.agents: expected at least 1 item(s)`');
    const step2 = { ...step1, agents: s.agents };
    expect(validateScenario(step2)).toEqual([{ path: '$', message: 'expected field "ball": who starts with it ("with": an agent id) or where it lies ("at": a place on the pitch)' }]);
    expect(README).toContain('`$: expected field "ball": who starts with it ("with": an agent id) or where it\nlies ("at": a place on the pitch)`');
  });

  it('the whole file: on time, pass, run, the return first time, and A gets his shot away', () => {
    const t = run();
    const story = t.events.map((e) => `${e.type}${e.agent ? ' ' + e.agent : ''}${e.other ? '→' + e.other : ''}`);
    expect(story.slice(0, 3)).toEqual(['pass A→B', 'run A', 'pass B→A']);
    expect(t.events.find((e) => e.type === 'pass' && e.agent === 'B')!.firstTime).toBe(true);
    expect(t.events.some((e) => e.type === 'control' && e.agent === 'B')).toBe(false);
    expect(t.events.some((e) => e.type === 'shot' && e.agent === 'A')).toBe(true);
    expect(t.events.some((e) => e.type === 'skipped')).toBe(false);
  });

  it('on time A shoots from inside 14 m; in the stage late-run the centre-back takes the ball off him before he can shoot (10 seeds)', () => {
    const runAt = (variation: string | undefined, seed: number) => {
      const values = paramValues(s, {}, variation);
      return simulate(resolveDrill(s, values, variation), seed, { scenario: s.id, params: values });
    };
    for (let seed = 1; seed <= 10; seed++) {
      const onTime = runAt(undefined, seed).events.find((e) => e.type === 'shot' && e.agent === 'A');
      expect(105 - onTime!.x, `seed ${seed}`).toBeLessThan(14);
      // Late, A takes the return some 25 m out with the centre-back 4 m ahead and stepping across.
      // Pressed shots are taken from under 20 m (finishing.ts), and players' bodies no longer pass
      // through each other, nor turn faster than their speed allows: his first touch ahead runs
      // within the centre-back's reach and is won before A can get to it again (it was a pressed
      // shot from 18-20 m before turning, braking and bodies were limited).
      const late = runAt('late-run', seed);
      const control = late.events.find((e) => e.type === 'control' && e.agent === 'A')!;
      expect(105 - control.x, `seed ${seed}`).toBeGreaterThan(20);
      expect(late.outcome.result, `seed ${seed}`).toBe('tackled');
      expect(late.outcome.agent, `seed ${seed}`).toBe('CB');
      expect(late.events.some((e) => e.type === 'shot' && e.agent === 'A'), `seed ${seed}`).toBe(false);
    }
  });
});
