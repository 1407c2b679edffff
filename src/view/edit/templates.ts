import type { ScenarioFile } from '../../scenario/types';

// The drills a new one starts from. Each is a valid version-2 drill file; "empty" holds the least
// a drill needs (a player, and the ball with him): the coach who serves, on an empty half pitch.

export type TemplateId = 'empty' | 'striker-keeper' | 'back-four' | 'crossing';

export const TEMPLATE_TITLES: Record<TemplateId, string> = {
  'empty': 'Empty half pitch',
  'striker-keeper': 'Striker and keeper',
  'back-four': 'Back four and striker',
  'crossing': 'Crossing set-up',
};

const HALF = { pitch: { length: 105, width: 68 }, view: { x: [52.5, 105] as [number, number], y: [0, 68] as [number, number] } };

function base(id: string, title: string): ScenarioFile {
  return { $schema: '../assets/scenario.schema.json', version: 2, id, title, tickRate: 50, duration: 8, seed: 1, offside: true, ...HALF, ball: { with: 'C' }, agents: [], script: [] };
}

const coach = { id: 'C', team: 'neutral', role: 'server', label: 'C', start: { x: 66, y: 34 } } as const;
const keeper = { id: 'GK', team: 'defence', role: 'goalkeeper', label: 'GK', start: { x: 103.8, y: 34 }, behaviour: { kind: 'keeper' } } as const;

export function template(t: TemplateId, id = 'my-drill'): ScenarioFile {
  const f = base(id, TEMPLATE_TITLES[t] === 'Empty half pitch' ? 'A new drill' : TEMPLATE_TITLES[t]);
  switch (t) {
    case 'empty':
      f.offside = false;
      f.agents = [{ ...coach, start: { ...coach.start } }];
      return f;
    case 'striker-keeper':
      f.offside = false;
      f.agents = [{ ...coach, start: { ...coach.start } }, { id: 'F', team: 'attack', role: 'attacker', label: '9', start: { x: 78, y: 34 }, behaviour: { kind: 'striker', shootRange: 14 } }, { ...keeper, start: { ...keeper.start }, behaviour: { kind: 'keeper' } }];
      return f;
    case 'back-four':
      f.agents = [
        { ...coach, start: { ...coach.start } },
        { id: 'F', team: 'attack', role: 'attacker', label: '9', start: { x: 79, y: 34 }, behaviour: { kind: 'striker', shootRange: 14 } },
        ...[14, 27, 41, 54].map((y, i) => ({ id: `D${i + 1}`, team: 'defence' as const, role: 'defender' as const, label: String([2, 5, 6, 3][i]), start: { x: 82, y }, behaviour: { kind: 'line' as const, group: 'back', x: 82 } })),
        { ...keeper, start: { ...keeper.start }, behaviour: { kind: 'keeper' } },
      ];
      return f;
    case 'crossing':
      f.ball = { with: 'W' };
      f.agents = [
        { id: 'W', team: 'attack', role: 'attacker', label: '7', start: { x: 88, y: 62 }, behaviour: { kind: 'carrier' } },
        { id: 'S1', team: 'attack', role: 'attacker', label: '9', start: { x: 86, y: 30 }, behaviour: { kind: 'striker', shootRange: 14 } },
        { id: 'S2', team: 'attack', role: 'attacker', label: '10', start: { x: 84, y: 40 }, behaviour: { kind: 'striker', shootRange: 14 } },
        { id: 'D1', team: 'defence', role: 'defender', label: '5', start: { x: 95, y: 32 }, behaviour: { kind: 'line', group: 'back', x: 95 } },
        { id: 'D2', team: 'defence', role: 'defender', label: '6', start: { x: 95, y: 40 }, behaviour: { kind: 'line', group: 'back', x: 95 } },
        { ...keeper, start: { ...keeper.start }, behaviour: { kind: 'keeper' } },
      ];
      f.script = [{ do: 'cross', at: 1.5, agent: 'W', to: { point: { x: 99, y: 30 } } }];
      return f;
  }
}
