import { describe, expect, it } from 'vitest';
import { timeToReach } from '../../src/core/kinematics';
import { DEFAULT_PROFILES } from '../../src/core/profile';
import { AGENT_FIELDS, BALL_FIELDS } from '../../src/core/trace';
import { toScreen } from '../../src/render/coords';
import { judgments, setByWords } from '../../src/view/judgment-facts';
import { verdicts } from '../../src/view/verdicts';
import { fileName } from '../../src/ui/export/download';
import { exportLayout } from '../../src/ui/export/export-layout';
import { END_HOLD_S, videoSchedule, videoSeconds } from '../../src/view/export-schedule';
import { frameFacts, headingDeg, headingText, marginWords, pairDistances } from '../../src/view/frame-facts';
import { endWords, measureFacts, pickEnd } from '../../src/view/measure';
import { FREEZE_MS } from '../../src/view/playback';
import { agent, drill, runDrill } from './helpers';
import { simulate } from '../../src/core/simulate';

// The pure helpers behind analyst mode: what the inspector reads from a frame, the freeze frame
// of a judgment, the measuring tape, the export picture's layout and the video's timing.

const inBehind = runDrill('in-behind', {}, 11);

describe('frame facts: the inspector reads the recorded frame itself', () => {
  it('positions, speeds and the ball height equal the trace at that tick, fractional ticks floored', () => {
    const k = 120;
    const f = frameFacts(inBehind, k + 0.7);
    const o = k * inBehind.stride;
    expect(f.tick).toBe(k);
    expect(f.t).toBe(k / inBehind.tickRate);
    expect([f.ball.x, f.ball.y, f.ball.z]).toEqual([inBehind.frames[o], inBehind.frames[o + 1], inBehind.frames[o + 2]]);
    expect(f.ball.speed).toBe(Math.hypot(inBehind.frames[o + 3], inBehind.frames[o + 4]));
    inBehind.agents.forEach((a, i) => {
      const p = o + BALL_FIELDS + AGENT_FIELDS * i;
      expect(f.agents[i]).toMatchObject({ id: a.id, x: inBehind.frames[p], y: inBehind.frames[p + 1], z: null });
      expect(f.agents[i].speed).toBe(Math.hypot(inBehind.frames[p + 2], inBehind.frames[p + 3]));
    });
    expect(f.line).toBe(inBehind.line[k]);
  });

  it('every attacker has a margin against the live line: x − line', () => {
    const f = frameFacts(inBehind, 100);
    const attackers = inBehind.agents.filter((a) => a.team === 'attack').map((a) => a.id);
    expect(f.margins.map((m) => m.id)).toEqual(attackers);
    for (const m of f.margins) expect(m.marginM).toBe(f.agents.find((a) => a.id === m.id)!.x - inBehind.line[100]);
  });

  it('no line and no margins when the drill plays without offside', () => {
    const tp = runDrill('through-pass', {}, 1);
    expect(tp.offside).toBe(false);
    expect(frameFacts(tp, 10)).toMatchObject({ line: null, margins: [] });
  });

  it('clamps a playhead outside the recording', () => {
    expect(frameFacts(inBehind, -5).tick).toBe(0);
    expect(frameFacts(inBehind, 1e9).tick).toBe(inBehind.ticks - 1);
  });

  it.each([
    [1, 0, 0], [0, 1, 90], [0, -1, -90], [-1, 0, 180], [-1, -0, 180], [1, 1, 45], [0.01, 0.01, null],
  ])('heading of (%s, %s) m/s is %s°', (vx, vy, want) => {
    const h = headingDeg(vx, vy);
    if (want === null) expect(h).toBeNull();
    else expect(h).toBeCloseTo(want, 9);
  });

  it('words: headings, margins', () => {
    expect(headingText(null)).toBe('–');
    expect(headingText(-0.2)).toBe('0°');
    expect(headingText(-35.4)).toBe('-35°');
    expect(marginWords(0.624)).toBe('0.62 m beyond');
    expect(marginWords(-1.3)).toBe('1.30 m behind');
    expect(marginWords(0.004)).toBe('level');
  });

  it('distances between every two picked entities, the ball included', () => {
    const f = frameFacts(inBehind, 150);
    const [a, b] = f.agents;
    const d = pairDistances(f, ['ball', a.id, b.id]);
    expect(d.map((p) => `${p.a}-${p.b}`)).toEqual([`ball-${a.id}`, `ball-${b.id}`, `${a.id}-${b.id}`]);
    expect(d[2].distanceM).toBe(Math.hypot(a.x - b.x, a.y - b.y));
    expect(pairDistances(f, [a.id])).toEqual([]);
    expect(pairDistances(f, [a.id, 'nobody'])).toEqual([]);
  });
});

describe('judgment facts: the freeze frame of a pass', () => {
  it('one per judged play, at the tick and line the engine recorded, with every attacker', () => {
    const js = judgments(inBehind);
    const plays = inBehind.events.filter((e) => (e.type === 'pass' || e.type === 'cross') && e.judgment);
    expect(js.length).toBe(plays.length);
    expect(js.length).toBeGreaterThan(0);
    js.forEach((j, n) => {
      expect(j.tick).toBe(plays[n].tick);
      expect(j.lineX).toBe(plays[n].judgment!.offsideLine);
      expect(j.players.map((p) => [p.id, p.marginM])).toEqual(plays[n].judgment!.players.map((p) => [p.id, p.marginM]));
      const i = inBehind.agents.findIndex((a) => a.id === j.players[0].id);
      expect(j.players[0].x).toBe(inBehind.frames[j.tick * inBehind.stride + BALL_FIELDS + AGENT_FIELDS * i]);
    });
    // The receiver is the verdict's.
    expect(js[0].receiver).toBe(verdicts(inBehind)[0].receiver);
  });

  it('names what set the line: here the back four, so a defender at the line', () => {
    const j = judgments(inBehind)[0];
    expect(j.setBy.kind).toBe('defender');
    const id = (j.setBy as { id: string }).id;
    const i = inBehind.agents.findIndex((a) => a.id === id);
    expect(inBehind.agents[i].team).toBe('defence');
    expect(j.setterIndex).toBe(i);
    expect(inBehind.frames[j.tick * inBehind.stride + BALL_FIELDS + AGENT_FIELDS * i]).toBeCloseTo(j.lineX, 6);
    expect(setByWords(j.setBy, (x) => `#${x}`)).toBe(`second-last opponent #${id}`);
  });

  it('every judgment of every drill with offside says what set its line', () => {
    for (const name of ['in-behind', 'two-v-one', 'back-post-cross', 'end-zone-game', 'defender-recovery']) {
      for (const j of judgments(runDrill(name, {}, 3))) expect(j.setBy.kind, `${name} tick ${j.tick}`).not.toBe('unknown');
    }
  });

  it('with one opponent, he is the second-last and sets the line (the missing one is on the goal line)', () => {
    const stand = { kind: 'stand' as const };
    for (const role of ['defender', 'goalkeeper'] as const) {
      const spec = drill([
        agent('P', 'attack', 'attacker', 60, 34, stand), agent('F', 'attack', 'attacker', 85, 30, stand),
        agent('D', 'defence', role, 80, 40, stand),
      ], [{ kind: 'pass', at: 0.2, agent: 'P', to: { agent: 'F', lead: { x: 0, y: 0 } }, speed: 15, loft: 0 }], { duration: 2, offside: true });
      const [j] = judgments(simulate(spec, 1));
      expect(j.lineX, role).toBe(80);
      expect(j.setBy).toEqual({ kind: 'defender', id: 'D' });
      expect(j.setterIndex).toBe(2);
      expect(j.players.find((p) => p.id === 'F')!.marginM).toBeCloseTo(5, 9);
    }
  });

  it('none for a drill without offside', () => {
    expect(judgments(runDrill('through-pass', {}, 1))).toEqual([]);
  });
});

describe('measuring', () => {
  const k = 150;
  const f = frameFacts(inBehind, k);
  const s = f.agents.findIndex((a) => a.id === 'S');

  it('a click near a player picks the player, near the ball the ball, elsewhere the point', () => {
    const p = f.agents[s];
    expect(pickEnd(inBehind, k, p.x + 0.5, p.y - 0.4, 1.5)).toEqual({ kind: 'agent', index: s });
    expect(pickEnd(inBehind, k, 30, 5, 1.5)).toEqual({ kind: 'point', x: 30, y: 5 });
    // A frame where the ball rolls free, 3 m or more from everyone.
    const free = Array.from({ length: inBehind.ticks }, (_, t) => frameFacts(inBehind, t))
      .find((g) => g.agents.every((x) => Math.hypot(x.x - g.ball.x, x.y - g.ball.y) > 3))!;
    expect(free, 'the ball is free at some frame').toBeDefined();
    expect(pickEnd(inBehind, free.tick, free.ball.x + 0.3, free.ball.y, 1.5)).toEqual({ kind: 'ball' });
  });

  it('player to point: the distance, and the time by timeToReach with the player profile from the speed carried', () => {
    const p = f.agents[s];
    const prof = DEFAULT_PROFILES.attacker;
    const m = measureFacts(inBehind, k, { kind: 'agent', index: s }, { kind: 'point', x: 95, y: 34 }, () => prof);
    expect(m.distanceM).toBe(Math.hypot(95 - p.x, 34 - p.y));
    expect(m.reach).toEqual([{ index: s, seconds: timeToReach(p.x, p.y, p.vx, p.vy, 95, 34, prof) }]);
  });

  it('player to player: each one\'s time to the other\'s spot; no time without a profile, none to oneself', () => {
    const gk = f.agents.findIndex((a) => a.id === 'GK');
    const m = measureFacts(inBehind, k, { kind: 'agent', index: s }, { kind: 'agent', index: gk }, (i) => (i === gk ? DEFAULT_PROFILES.goalkeeper : undefined));
    expect(m.reach.map((r) => r.index)).toEqual([gk]);
    const g = f.agents[gk], p = f.agents[s];
    expect(m.reach[0].seconds).toBe(timeToReach(g.x, g.y, g.vx, g.vy, p.x, p.y, DEFAULT_PROFILES.goalkeeper));
    expect(measureFacts(inBehind, k, { kind: 'agent', index: s }, { kind: 'agent', index: s }, () => DEFAULT_PROFILES.attacker)).toMatchObject({ distanceM: 0, reach: [] });
  });

  it('ends in words', () => {
    expect(endWords(inBehind, { kind: 'agent', index: s })).toBe('9');
    expect(endWords(inBehind, { kind: 'ball' })).toBe('the ball');
    expect(endWords(inBehind, { kind: 'point', x: 93.04, y: 33.96 })).toBe('(93.0, 34.0)');
  });
});

describe('export picture layout', () => {
  it('projector size: the caption strip on top, the whole view below it, labels as when presenting', () => {
    const L = exportLayout(1920, 1080, { x: [52.5, 105], y: [0, 68] }, { length: 105, width: 68 });
    expect(L).toMatchObject({ width: 1920, height: 1080, captionH: 119, labelPx: 32 });
    // The view's corners (with the 3 m margin) land inside the picture, below the strip.
    for (const [x, y] of [[49.5, -3], [108, 71], [49.5, 71], [108, -3]]) {
      const p = toScreen(L.transform, x, y);
      expect(p.x).toBeGreaterThanOrEqual(-1e-9);
      expect(p.x).toBeLessThanOrEqual(1920 + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(L.captionH - 1e-9);
      expect(p.y).toBeLessThanOrEqual(1080 + 1e-9);
    }
  });

  it('refuses sizes no one can use', () => {
    expect(() => exportLayout(100, 1080, undefined, { length: 105, width: 68 })).toThrow(/160–3840/);
    expect(() => exportLayout(NaN, 1080, undefined, { length: 105, width: 68 })).toThrow(/^export size NaN×1080: expected 160–3840 px each way$/);
  });

  it('file names keep only safe characters', () => {
    expect(fileName('onside', 'in-behind', '', 'seed11')).toBe('onside-in-behind-seed11');
    expect(fileName('<img src=x>', '../../etc')).toBe('img-src-x-..-..-etc');
  });
});

describe('video timing', () => {
  const plan = { ticks: 301, tickRate: 50, speed: 1, fps: 30, holds: [100] };

  it('lasts the run at its speed, plus the judgment holds and a closing second', () => {
    expect(videoSeconds(plan)).toBeCloseTo(6 + FREEZE_MS / 1000 + END_HOLD_S, 12);
    expect(videoSeconds({ ...plan, speed: 0.5 })).toBeCloseTo(12 + FREEZE_MS / 1000 + END_HOLD_S, 12);
    expect(videoSeconds({ ...plan, holds: [] })).toBeCloseTo(7, 12);
  });

  it('frame n shows the playhead at n/fps: moving, holding with a fading flash, then resting on the end', () => {
    const fr = videoSchedule(plan);
    expect(fr.length).toBe(Math.round(videoSeconds(plan) * 30));
    expect(fr[0]).toEqual({ tick: 0, flash: 0 });
    expect(fr[15].tick).toBeCloseTo(25, 9); // 0.5 s in at 50 Hz
    const held = fr.filter((f) => f.tick === 100 && f.flash > 0);
    expect(held.length).toBe(Math.round((FREEZE_MS / 1000) * 30));
    expect(held[0].flash).toBe(1);
    expect(held.every((f, n) => n === 0 || f.flash < held[n - 1].flash)).toBe(true);
    expect(fr.at(-1)!.tick).toBe(300);
    for (let n = 1; n < fr.length; n++) expect(fr[n].tick).toBeGreaterThanOrEqual(fr[n - 1].tick);
  });

  it('refuses a plan that cannot play', () => {
    const refused = /^video plan: speed, fps, tick rate and ticks must be positive$/;
    expect(() => videoSchedule({ ...plan, speed: 0 })).toThrow(refused);
    expect(() => videoSchedule({ ...plan, fps: -1 })).toThrow(refused);
    expect(() => videoSchedule({ ...plan, speed: NaN })).toThrow(refused);
  });
});
