import type { ScenarioFile } from '../../scenario/types';

// The editor's part of the viewer state: the drill file itself (what the picture, the simulation,
// My drills and a download all come from), what is selected, the tool in hand.

/** What the editor has selected: a player (by id), a script line (by index), or a point of a run. */
export type EditSelection =
  | { kind: 'agent'; id: string }
  | { kind: 'line'; index: number }
  | { kind: 'point'; line: number; index: number };

export type AddRole = 'attacker' | 'defender' | 'goalkeeper' | 'server';

/** The tool in hand: select and drag, add a player of a role, draw a run, draw a ball (pass, cross, shot). */
export type EditTool =
  | { kind: 'select' }
  | { kind: 'add'; role: AddRole }
  | { kind: 'run'; agent?: string; points: { x: number; y: number }[] }
  | { kind: 'ball'; play: 'pass' | 'cross' | 'shoot'; from?: string };

export interface EditSession {
  file: ScenarioFile; // valid, always: the editor refuses an edit that would make it invalid
  key: string; // its record in My drills
  selection: EditSelection | null;
  tool: EditTool;
  snap: boolean; // positions to 0.5 m
}
