import { ATTACK, ranksFirst, type World } from '../world';
import { len } from '../vec';
import { BEHAVIOUR_DEFAULTS } from './defaults';
import { slot, type BehaviourDef, type Of } from './behaviour';
import { mark, onTheBall, seenAt } from './defending';
import { goTo } from './steering';

// Passing a runner on: a defender holds his line in his channel (zone, y from–to), marks a runner
// who comes into it, and lets him go when (as seen, a reaction late) he crosses into the
// partner's channel: the partner picks him up there. He never steps out of the line to mark:
// goal-side of the runner, or on the line, whichever is deeper.
type PassOn = Of<'pass-on'>;
const MARKED = 0; // memory: the runner being marked, −1 none
const PICK_DEPTH = 20; // m: a runner this far in front of the line (or beyond it) is his to pick up
const seen = new Float64Array(2);

function inZone(y: number, z: readonly [number, number]): boolean {
  return y >= Math.min(z[0], z[1]) && y <= Math.max(z[0], z[1]);
}

/** The partner's channel, if he passes runners on too. */
function partnerZone(w: World, b: PassOn): readonly [number, number] | null {
  const p = w.index.get(b.partner);
  const pb = p === undefined ? undefined : w.agents[p].behaviour;
  return pb?.kind === 'pass-on' ? pb.zone : null;
}

/** The runner he marks now: keeps the one he has unless seen in the partner's channel; else picks one up. */
function runner(w: World, i: number, b: PassOn, lineX: number): number {
  const k = slot(i, MARKED);
  let r = w.memory[k];
  if (r >= 0) {
    seenAt(w, i, r, seen);
    const theirs = partnerZone(w, b);
    if (!inZone(seen[1], b.zone) && (theirs === null || inZone(seen[1], theirs))) r = -1; // passed on
  }
  if (r < 0) {
    let bestD = Infinity;
    for (let j = 0; j < w.n; j++) {
      if (w.team[j] !== ATTACK || j === w.owner || j === w.possessor) continue;
      seenAt(w, i, j, seen);
      if (!inZone(seen[1], b.zone) || seen[0] < lineX - PICK_DEPTH) continue;
      const d = len(seen[0] - w.px[i], seen[1] - w.py[i]);
      if (d < bestD || (d === bestD && ranksFirst(w, j, r))) { r = j; bestD = d; }
    }
  }
  w.memory[k] = r;
  return r;
}

export const passOn: BehaviourDef<'pass-on'> = {
  kind: 'pass-on',
  defaults: BEHAVIOUR_DEFAULTS['pass-on'],
  memory: [-1],
  think(w, i, b) {
    if (onTheBall(w, i)) return;
    const lineX = w.lineX[i];
    const r = runner(w, i, b, lineX);
    if (r < 0) return goTo(w, i, lineX, w.agents[i].start.y, 0.7, true);
    mark(w, i, r, b.gap, 0.5, true);
    if (w.tx[i] < lineX) w.tx[i] = lineX; // holds the line: never steps out of it to mark
  },
};
