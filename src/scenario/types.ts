import type { EventType } from '../core/events';
import type { Restart } from '../core/offside';
import type { Role } from '../core/profile';
import type { Team } from '../core/spec';

// The scenario file as written: numbers may be parameter references ("$runStart").
export type Num = number | string;
export interface PointIn { x: Num; y: Num }

export interface ParamDef {
  label: string;
  unit: string;
  description?: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

export type BehaviourIn =
  | { kind: 'stand' }
  | { kind: 'striker'; shootRange?: Num; supportOf?: string; shoulder?: { of: string; gap?: Num } }
  | { kind: 'line'; group: string; x: Num }
  | { kind: 'track'; target: string; gap?: Num }
  | { kind: 'zone'; spot: PointIn; pickUp?: Num }
  | { kind: 'recover'; delay?: Num }
  | { kind: 'keeper'; holdSpeed?: Num };

export interface AgentIn {
  id: string;
  team: Team;
  role: Role;
  label?: string;
  start: PointIn;
  profile?: Partial<Record<'maxSpeed' | 'accel' | 'brake' | 'reaction' | 'reach', Num>>;
  behaviour?: BehaviourIn;
}

export type ActionIn =
  | { do: 'run'; at: Num; agent: string; path: PointIn[]; pace?: Num }
  | { do: 'pass' | 'cross' | 'shoot'; at: Num; agent: string; to: { agent?: string; point?: PointIn; lead?: PointIn }; speed?: Num; loft?: Num; restart?: Restart }
  | { do: 'line'; at: Num; group: string; x: Num };

export interface CueIn {
  text: string;
  at: { time?: Num; event?: EventType; agent?: string };
  for?: number;
}

export interface VariationIn {
  id: string;
  title: string;
  description?: string;
  set?: Record<string, number>;
  without?: string[];
  offside?: boolean;
}

export interface ScenarioFile {
  $schema?: string;
  id: string;
  title: string;
  description?: string;
  source?: string;
  tickRate?: number;
  duration?: number;
  seed?: number;
  offside?: boolean;
  endZone?: { depth: Num };
  pitch?: { length: number; width: number };
  view?: { x: [number, number]; y: [number, number] };
  finishError?: Num;
  touch?: Num;
  params?: Record<string, ParamDef>;
  ball?: { with?: string; at?: PointIn };
  agents: AgentIn[];
  script: ActionIn[];
  cues?: CueIn[];
  variations?: VariationIn[];
}

/** A problem with a scenario: where (a JSON path) and what was expected. */
export interface Problem {
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  constructor(readonly file: string, readonly problems: Problem[]) {
    super(problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}
