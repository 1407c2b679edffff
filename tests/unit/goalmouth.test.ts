import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { agentAt, ballAt, type Trace } from '../../src/core/trace';
import { agent, drill, runDrill } from './helpers';

// No goalmouth pinball: point-blank shots and parries used to repeat every few ticks (8 shots in
// one in-behind run) while the back line walked out to hold its height, each touch starting the
// defenders' reaction time again. Now a keeper still down from a parry smothers the next shot at
// him, and defenders alive to the play go for a loose ball at once.
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const striker = { kind: 'striker' as const, shootRange: 14 };
const line = { kind: 'line' as const, group: 'back', x: 88 };

/** A hard shot a metre and a half wide of the keeper (parried), a striker following in, a back line at 88. */
function scramble(seed: number): Trace {
  const shot: Action = { kind: 'shot', at: 0.1, agent: 'S', to: { point: { x: 105, y: 35.5 }, lead: { x: 0, y: 0 } }, speed: 26, loft: 0 };
  return simulate(drill([
    agent('S', 'attack', 'attacker', 92, 34, { kind: 'stand' }), agent('W', 'attack', 'attacker', 95, 38, striker),
    agent('CB1', 'defence', 'defender', 88, 30, line), agent('CB2', 'defence', 'defender', 88, 40, line),
    agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
  ], [shot], { offside: false }), seed);
}

describe('after a parry', () => {
  it('the keeper is never beaten into a loop: no two parries within half a second, at most 4 shots a run, in 20 seeds of the scramble and 40 of every drill\'s stages', () => {
    const runs: Trace[] = Array.from({ length: 20 }, (_, k) => scramble(k + 1));
    for (const name of ['through-pass', 'defender-recovery', 'two-v-one', 'in-behind', 'back-post-cross', 'end-zone-game']) {
      const s = JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8')) as { variations?: { id: string }[] };
      for (const v of [undefined, ...(s.variations ?? []).map((x) => x.id)]) for (let k = 1; k <= 40; k++) runs.push(runDrill(name, {}, k, v));
    }
    let parries = 0;
    for (const t of runs) {
      const p = t.events.filter((e) => e.type === 'save' && e.hold === false);
      parries += p.length;
      for (let k = 1; k < p.length; k++) expect(p[k].tick - p[k - 1].tick, `${t.scenario} seed ${t.seed}`).toBeGreaterThanOrEqual(t.tickRate / 2); // the loop parried every 1–3 ticks
      expect(t.events.filter((e) => e.type === 'shot').length, `${t.scenario} seed ${t.seed}`).toBeLessThanOrEqual(4);
    }
    expect(parries).toBeGreaterThan(20); // parries happened to check
  });

  it('the back line goes for the loose ball within its reaction time instead of holding its height', () => {
    let checked = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const t = scramble(seed);
      const parry = t.events.find((e) => e.type === 'save' && e.hold === false);
      if (!parry || t.outcome.tick < parry.tick + 30) continue; // over at once: nothing to chase
      const k = parry.tick + 25; // 0.5 s reaction (design: 0.5–0.7 s)
      const b = ballAt(t, k);
      const toward = ['CB1', 'CB2'].map((id) => {
        const a = agentAt(t, k, t.agents.findIndex((x) => x.id === id));
        return (a.vx * (b.x - a.x) + a.vy * (b.y - a.y)) / (Math.hypot(b.x - a.x, b.y - a.y) || 1);
      });
      expect(Math.max(...toward), `seed ${seed}: speed towards the ball, m/s`).toBeGreaterThan(2);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
