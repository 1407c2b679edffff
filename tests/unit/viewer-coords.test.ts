import { describe, expect, it } from 'vitest';
import { rendererOrder } from '../../src/render/renderer-choice';
import { bestOrientation, fitView, px, screenAngle, screenDir, toScreen, toWorld, viewRect } from '../../src/render/coords';

// World metres → canvas pixels: the view fits, nothing is mirrored, and the inverse inverts.

const PITCH = { length: 105, width: 68 };
const HALF = viewRect({ x: [52.5, 105], y: [0, 68] }, PITCH, 3); // 58.5 m along × 74 m across

describe('fitting the drill view to the canvas', () => {
  it('adds the margin round the view', () => {
    expect(HALF).toEqual({ x0: 49.5, x1: 108, y0: -3, y1: 71 });
    expect(viewRect(undefined, PITCH, 0)).toEqual({ x0: 0, x1: 105, y0: 0, y1: 68 });
  });

  it.each([
    // [canvas w, h, orientation, px per metre]
    [973, 562, 'x-up', 562 / 58.5], // a half pitch in a landscape box: attack up the screen
    [400, 900, 'x-right', 400 / 58.5], // a tall phone: attack to the right
  ] as const)('in %i×%i: %s at %f px/m', (w, h, o, scale) => {
    expect(bestOrientation(HALF, w, h)).toBe(o);
    const t = fitView(HALF, px(w), px(h));
    expect(t.orientation).toBe(o);
    expect(t.scale).toBeCloseTo(scale, 9);
  });

  it('a full pitch in a 16:9 box is drawn along the width', () => {
    const full = viewRect(undefined, PITCH, 3);
    expect(bestOrientation(full, 1600, 900)).toBe('x-right');
  });

  it.each(['x-right', 'x-up'] as const)('%s: the view rectangle fits, centred, corners inside the canvas', (o) => {
    const t = fitView(HALF, px(1000), px(600), o);
    const corners = [[HALF.x0, HALF.y0], [HALF.x1, HALF.y0], [HALF.x0, HALF.y1], [HALF.x1, HALF.y1]].map(([x, y]) => toScreen(t, x, y));
    const xs = corners.map((c) => c.x), ys = corners.map((c) => c.y);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1e-9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1000 + 1e-9);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(-1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(600 + 1e-9);
    // centred: equal slack on both sides of each axis
    expect(Math.min(...xs)).toBeCloseTo(1000 - Math.max(...xs), 9);
    expect(Math.min(...ys)).toBeCloseTo(600 - Math.max(...ys), 9);
    // touches the limiting sides
    expect(Math.min(Math.min(...xs), Math.min(...ys))).toBeCloseTo(0, 9);
  });

  it('x-right: attack to the right and y up; x-up: attack up and y to the left', () => {
    const r = fitView(HALF, px(1000), px(600), 'x-right');
    expect(toScreen(r, 100, 34).x).toBeGreaterThan(toScreen(r, 60, 34).x);
    expect(toScreen(r, 80, 60).y).toBeLessThan(toScreen(r, 80, 10).y);
    const u = fitView(HALF, px(1000), px(600), 'x-up');
    expect(toScreen(u, 100, 34).y).toBeLessThan(toScreen(u, 60, 34).y);
    expect(toScreen(u, 80, 60).x).toBeLessThan(toScreen(u, 80, 10).x);
  });

  it.each(['x-right', 'x-up'] as const)('%s is a rotation: no mirror (the goal\'s near post stays on the attacker\'s right)', (o) => {
    const t = fitView(HALF, px(1000), px(600), o);
    // Facing the attacked goal (+x), +y is to the left. Cross product of screen(+x) and screen(+y)
    // has the same sign in both orientations when there is no mirror.
    const a = screenDir(t, 1, 0), b = screenDir(t, 0, 1);
    expect(Math.sign(a.x * b.y - a.y * b.x)).toBe(-1);
  });

  it.each(['x-right', 'x-up'] as const)('%s: toWorld inverts toScreen; angles and directions agree', (o) => {
    const t = fitView(HALF, px(1234), px(777), o);
    for (const [x, y] of [[52.5, 0], [88.5, 34], [105, 68], [70.1, 12.3]]) {
      const s = toScreen(t, x, y);
      const w = toWorld(t, s.x, s.y);
      expect(w.x).toBeCloseTo(x, 9);
      expect(w.y).toBeCloseTo(y, 9);
    }
    for (const a of [0, 0.3, Math.PI / 2, 2.5]) {
      const d = screenDir(t, Math.cos(a), Math.sin(a));
      const s = screenAngle(t, a);
      expect(Math.cos(s)).toBeCloseTo(d.x, 12);
      expect(Math.sin(s)).toBeCloseTo(d.y, 12);
    }
  });
});

describe('choosing a renderer', () => {
  it('WebGL on a GPU, canvas 2D where WebGL is software, and what the link asks for first', () => {
    expect(rendererOrder(undefined, () => false)).toEqual(['webgl', 'canvas']);
    expect(rendererOrder(undefined, () => true)).toEqual(['canvas', 'webgl']);
    expect(rendererOrder('webgl', () => true)).toEqual(['webgl', 'canvas']);
  });
});
