import type { ChoiceRule } from './events';
import type { Restart } from './offside';
import type { Pitch } from './pitch';
import type { Profile, Role } from './profile';
import type { Hertz, Metres, MetresPerSecond, Point, Seconds } from './units';

// A drill with every parameter resolved to a number: what the engine simulates.
export type Team = 'attack' | 'defence' | 'neutral';

export type Behaviour =
  /** Stands where it is told (servers, passers); may hold the ball at the start. */
  | { kind: 'stand' }
  /** An attacker: scripted runs, then runs onto passes, controls, dribbles and finishes. */
  | { kind: 'striker'; shoulder?: { of: string; gap: Metres }; shootRange: Metres; supportOf?: string }
  /** A defender holding a line as part of a group; drops and recovers once the pass is seen. */
  | { kind: 'line'; group: string; x: Metres }
  /** A defender marking a runner goal-side and ball-side. */
  | { kind: 'track'; target: string; gap: Metres }
  /** A defender guarding a spot (the front post); picks up a runner who arrives early, goal-side or (front) ball-side of him. */
  | { kind: 'zone'; spot: Point; pickUp: Metres; front: boolean }
  /** A defender who, after `delay` from the drill's pass, sprints to win the ball back. */
  | { kind: 'recover'; delay: Seconds }
  /** A goalkeeper: sets on the angle, comes for through balls, claims crosses, saves or parries. */
  | { kind: 'keeper'; holdSpeed: MetresPerSecond }
  /** A ball carrier: dribbles along its scripted runs, shoots within range, else keeps the ball for the script's next play. */
  | { kind: 'carrier'; shootRange: Metres }
  /** A defender who closes down the attacker on the ball (or about to get it) and tackles in reach. */
  | { kind: 'press' }
  /** A defender `depth` metres behind the presser `of`, goal-side; takes over the press if the carrier beats him. */
  | { kind: 'cover'; of: string; depth: Metres }
  /**
   * A defender holding a line who marks a runner in his channel (`zone`, y from–to) and passes him
   * on to `partner` when the runner crosses into the partner's channel.
   */
  | { kind: 'pass-on'; group: string; x: Metres; zone: [Metres, Metres]; partner: string; gap: Metres };

export interface AgentSpec {
  id: string;
  team: Team;
  role: Role;
  label: string; // shirt number or role letter drawn on the disc
  start: Point;
  profile: Profile;
  behaviour: Behaviour;
}

/** Where a pass, cross or shot goes: an agent (where his run takes him) or a point, plus lead. */
export interface Target {
  agent?: string;
  point?: Point;
  lead: Point;
}

/** What starts an action instead of the clock: an event, or a player or the ball reaching a zone. */
export type TriggerEvent = 'control' | 'pass' | 'cross' | 'shot' | 'run' | 'touch';
export type Zone =
  | { kind: 'circle'; x: Metres; y: Metres; r: Metres }
  | { kind: 'rect'; x0: Metres; x1: Metres; y0: Metres; y1: Metres };
export type Trigger =
  /** After the nth `event` (by `by`, or anyone), plus `delay`. */
  | { kind: 'after'; event: TriggerEvent; by?: string; nth: number; delay: Seconds }
  /** When agent `who` (or the ball, `who` undefined) first reaches `zone`, plus `delay`. */
  | { kind: 'reach'; who?: string; zone: Zone; delay: Seconds };

/** What every script line carries besides its play: its trigger, if any, and its place in the file. */
export interface ScriptLine {
  /** On a trigger instead of the clock (`at` is then Infinity: never by the clock). */
  on?: Trigger;
  /** The line's index in the file's script (for `skipped` events); its place in `actions` if left out. */
  index?: number;
  /** A pass, cross or shot played as the ball comes (on the player's control trigger), with no touch. */
  firstTime?: boolean;
}

export type Action = ScriptLine & (
  /** Run through waypoints at a share of top speed (1 = sprint). */
  | { kind: 'run'; at: Seconds; agent: string; path: Point[]; pace: number }
  /**
   * Play the ball: along the ground (pass), lofted (cross, landing at the target), or a shot
   * (at the target at `speed` and `loft` degrees).
   * The target is a point, or where the agent's run (his scripted path, else his motion) takes
   * him by the time the ball gets there; plus lead either way.
   */
  | {
      kind: 'pass' | 'cross' | 'shot';
      at: Seconds;
      agent: string;
      to: Target & {
        /** Several places to play it to, one picked as it is played by `choose` (see choose.ts). */
        options?: Target[];
        choose?: ChoiceRule;
      };
      speed: MetresPerSecond; // ground pass speed; for a cross, ignored (solved from the target)
      loft: number; // degrees of elevation (cross)
      restart?: Restart;
    }
  /** Move a defensive line group to a new height (step up, drop). */
  | { kind: 'line'; at: Seconds; group: string; x: Metres }
);

export interface DrillSpec {
  id: string;
  pitch: Pitch;
  tickRate: Hertz;
  duration: Seconds; // the drill is called a timeout after this
  offside: boolean;
  /**
   * The end-zone game's rule instead of Law 11: a forward may enter the zone (this deep in front
   * of the attacked goal line) only to run on to a pass; one already in it when a team-mate
   * plays the ball is called as if offside.
   */
  endZone?: Metres;
  ballAt: string | Point; // who holds the ball at the start, or where it lies
  agents: AgentSpec[];
  actions: Action[];
  /** How good the finishing is: standard deviation of the aim error, metres at the goal line. */
  finishError: Metres;
  /** Heaviness of the first touch: the ball runs this far ahead on control (m, mean). */
  touch: Metres;
}
