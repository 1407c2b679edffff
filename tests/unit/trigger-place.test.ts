import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/scenario/types';
import { defaultReach, moveZoneOp, zoneHandle } from '../../src/view/edit/trigger-place';
import { hitTest } from '../../src/view/edit/hit';

// The editor's "when a player or the ball reaches a place": the handle on the place's edge, the
// edit a drag of it makes (size kept, expressions left to the inspector), and the first trigger
// a line gets.

function file(script: ScenarioFile['script']): ScenarioFile {
  return {
    version: 2, id: 't', title: 'T', ball: { with: 'C' }, script,
    agents: [
      { id: 'C', team: 'neutral', role: 'server', start: { x: 66, y: 34 } },
      { id: 'F', team: 'attack', role: 'attacker', start: { x: 78, y: 30 } },
    ],
  };
}

describe('a trigger place', () => {
  it("a circle's handle is its top, a rectangle's the middle of its top side", () => {
    expect(zoneHandle({ kind: 'circle', x: 90, y: 30, r: 3 })).toEqual({ x: 90, y: 27 });
    expect(zoneHandle({ kind: 'rect', x0: 88, x1: 94, y0: 40, y1: 30 })).toEqual({ x: 91, y: 30 });
  });

  it('a drag moves a circle by its handle and keeps its radius and delay', () => {
    const f = file([{ do: 'pass', agent: 'C', at: { when: 'F', reaches: { x: 90, y: 30, r: 3 }, delay: 0.2 }, to: { agent: 'F' } }]);
    expect(moveZoneOp(f, 0, { x: 85, y: 20 })).toEqual({ op: 'set', path: ['script', 0, 'at', 'reaches'], value: { x: 85, y: 23, r: 3 } });
  });

  it('a drag moves a rectangle by the middle of its top side, its size kept', () => {
    const f = file([{ do: 'pass', agent: 'C', at: { when: 'ball', reaches: { x: [88, 94], y: [30, 36] } }, to: { agent: 'F' } }]);
    expect(moveZoneOp(f, 0, { x: 80, y: 10 })).toEqual({ op: 'set', path: ['script', 0, 'at', 'reaches'], value: { x: [77, 83], y: [10, 16] } });
  });

  it('a place given by a parameter, a line on the clock, or no such line: no drag edit', () => {
    const f = file([
      { do: 'pass', agent: 'C', at: { when: 'F', reaches: { x: '$spot', y: 30, r: 3 } }, to: { agent: 'F' } },
      { do: 'pass', agent: 'C', at: 1, to: { agent: 'F' } },
    ]);
    expect(moveZoneOp(f, 0, { x: 1, y: 1 })).toBeNull();
    expect(moveZoneOp(f, 1, { x: 1, y: 1 })).toBeNull();
    expect(moveZoneOp(f, 7, { x: 1, y: 1 })).toBeNull();
  });

  it("the first trigger: another player's run's end, else the ball 10 m beyond the line's player", () => {
    const withRun = file([
      { do: 'run', agent: 'F', at: 0.5, path: [{ x: 88, y: 30 }, { x: 96, y: 33 }] },
      { do: 'pass', agent: 'C', at: 1, to: { agent: 'F' } },
    ]);
    expect(defaultReach(withRun, 1)).toEqual({ when: 'F', reaches: { x: 96, y: 33, r: 3 } });
    expect(defaultReach(withRun, 0)).toEqual({ when: 'ball', reaches: { x: 88, y: 30, r: 3 } }); // his own run does not trigger him
    expect(defaultReach(file([{ do: 'pass', agent: 'C', at: 1, to: { agent: 'F' } }]), 0)).toEqual({ when: 'ball', reaches: { x: 76, y: 34, r: 3 } });
  });

  it("the pointer takes a place's handle before a player under it, a run's point before both when nearer", () => {
    const t = { agents: [{ id: 'F', x: 90, y: 27 }], points: [{ line: 0, index: 0, x: 90.6, y: 27 }], zones: [{ line: 1, x: 90, y: 27 }] };
    expect(hitTest(t, { x: 90.05, y: 27 }, 1)).toEqual({ kind: 'zone', line: 1 });
    expect(hitTest(t, { x: 90.55, y: 27 }, 1)).toEqual({ kind: 'point', line: 0, index: 0 });
    expect(hitTest({ ...t, points: [], zones: [] }, { x: 90.05, y: 27 }, 1)).toEqual({ kind: 'agent', id: 'F' });
  });
});
