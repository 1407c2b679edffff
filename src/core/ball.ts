import type { Metres, MetresPerSecond, MetresPerSecond2, Seconds } from './units';
import { len } from './vec';
import { cos, sin } from './detmath';

// The ball in 2.5D: state [x, y, z, vx, vy, vz, ux, uy] (metres, m/s), z = height. (ux, uy) is
// the slip: the speed of the ball's lowest point over the ground, the horizontal velocity minus
// the rolling speed its spin gives (r·ω). Slip 0 is a rolling ball; a kick leaves a spinless ball
// (slip = velocity), which skids until friction has spun it up to rolling. The trace records the
// first six; a ball read back from a trace is taken to roll.
export const BX = 0, BY = 1, BZ = 2, BVX = 3, BVY = 4, BVZ = 5, BUX = 6, BUY = 7;
export const BALL_STATE = 8;

export const BALL_RADIUS: Metres = 0.11;
export const BALL_MASS = 0.43; // kg
export const BALL_AREA = 0.0375; // m², cross-section
export const AIR_DENSITY = 1.2; // kg/m³
export const GRAVITY: MetresPerSecond2 = 9.81;
export const RESTITUTION = 0.6; // vertical, on a bounce
// Ball–turf sliding friction coefficient: the skid on the ground and the grip-slip bounce
// (Cross 2002). 0.5 gives a skid of μg = 4.9 m/s² and the bounce's measured ranges.
export const SLIDING_FRICTION = 0.5;
export const SKID_DECEL: MetresPerSecond2 = SLIDING_FRICTION * GRAVITY;
// Moment of inertia over m·r²: 2/3 for a thin shell (a football's is close to it). A spinless
// ball skids until it has lost α/(1+α) = 40% of its speed, then rolls.
export const SPIN_INERTIA = 2 / 3;
// Rolling resistance of a ball rolling on turf (m/s²): with the air drag, a ball leaving the
// FIFA Quality ramp at 3.43 m/s rolls 6.5 m (the standard asks 4–10 m).
export const ROLLING_DECEL: MetresPerSecond2 = 0.75;
// Drag coefficient of a modern ball below and above the drag crisis, and where the crisis lies
// (Asai & Seo 2013: 0.4–0.5 below, 0.15–0.25 above, crisis at roughly 15–22 m/s).
export const CD_SUBCRITICAL = 0.45;
export const CD_SUPERCRITICAL = 0.2;
export const CRISIS_FROM: MetresPerSecond = 15;
export const CRISIS_TO: MetresPerSecond = 22;
const REST_SPEED = 0.05; // below this a rolling ball stops
const SETTLE_VZ = 1.0; // a bounce weaker than this becomes rolling
const GRIP = SPIN_INERTIA / (1 + SPIN_INERTIA); // share of the slip the ball's centre loses on gripping
const SPIN_UP = 1 + 1 / SPIN_INERTIA; // slip closed per unit of friction impulse on the centre
const ROLL_SHARE = 1 / (1 + SPIN_INERTIA); // share of a force on a rolling ball that slows its centre (m over m·(1 + α))
const PER_CRISIS = 1 / (CRISIS_TO - CRISIS_FROM); // s/m, across the drag crisis

/** Drag coefficient: subcritical below the crisis, supercritical above it, linear between. */
export function dragCoefficient(speed: MetresPerSecond): number {
  if (speed <= CRISIS_FROM) return CD_SUBCRITICAL;
  if (speed >= CRISIS_TO) return CD_SUPERCRITICAL;
  return CD_SUBCRITICAL + (speed - CRISIS_FROM) * PER_CRISIS * (CD_SUPERCRITICAL - CD_SUBCRITICAL);
}

const DRAG_K = (0.5 * AIR_DENSITY * BALL_AREA) / BALL_MASS; // × Cd × v² = deceleration

/** Advance the ball one step in place (semi-implicit Euler). Returns true if it bounced. */
export function stepBall(b: Float64Array, dt: Seconds): boolean {
  const vx = b[BVX], vy = b[BVY], vz = b[BVZ];
  const speed = Math.sqrt(vx * vx + vy * vy + vz * vz);
  // In the air unless it sits on the ground (a ball a hair above it, falling, still lands and bounces).
  const airborne = b[BZ] > 1e-9 || vz > 1e-9 || vz < -1e-9;
  if (speed < 1e-12 && !airborne) { // at rest on the ground: whatever spin it had is gone
    b[BUX] = 0;
    b[BUY] = 0;
    return false;
  }
  const drag = DRAG_K * dragCoefficient(speed) * speed; // × v component = deceleration
  if (airborne) {
    const dvx = -drag * vx * dt, dvy = -drag * vy * dt;
    b[BVX] = vx + dvx;
    b[BVY] = vy + dvy;
    b[BVZ] = vz - (GRAVITY + drag * vz) * dt;
    b[BUX] += dvx; // the spin is kept in flight: the slip changes as the velocity does
    b[BUY] += dvy;
  } else {
    // Its horizontal speed: with no vertical speed, the very number `speed` is (vz² adds +0).
    stepOnGround(b, vx, vy, vz === 0 ? speed : Math.sqrt(vx * vx + vy * vy), drag, dt);
    b[BZ] = 0;
    b[BVZ] = 0;
  }
  b[BX] += b[BVX] * dt;
  b[BY] += b[BVY] * dt;
  b[BZ] += b[BVZ] * dt;
  if (b[BZ] < 0) {
    b[BZ] = 0;
    if (b[BVZ] < 0) {
      bounce(b);
      return true;
    }
  }
  return false;
}

// On the ground: skid (sliding friction against the slip, which also spins the ball up) until
// the slip is gone, then roll (rolling resistance plus drag, which slows the spin as well).
function stepOnGround(b: Float64Array, vx: number, vy: number, h: MetresPerSecond, drag: number, dt: Seconds): void {
  const ux = b[BUX], uy = b[BUY];
  const slip = Math.sqrt(ux * ux + uy * uy);
  if (slip > 1e-9) {
    const f = SKID_DECEL * dt;
    if (slip <= f * SPIN_UP) {
      // Rolls within this step: the angular momentum about the contact point is kept.
      b[BVX] = vx - GRIP * ux;
      b[BVY] = vy - GRIP * uy;
      b[BUX] = 0;
      b[BUY] = 0;
      return;
    }
    const g = -f / slip; // the friction is against the slip: (ux, uy)·g
    const ax = g * ux, ay = g * uy;
    const dx = -drag * vx * dt, dy = -drag * vy * dt;
    b[BVX] = vx + ax + dx;
    b[BVY] = vy + ay + dy;
    b[BUX] = ux + ax * SPIN_UP + dx;
    b[BUY] = uy + ay * SPIN_UP + dy;
    return;
  }
  b[BUX] = 0;
  b[BUY] = 0;
  // A rolling ball's drag slows its spin too: the centre feels it over m·(1 + α).
  const dec = (ROLLING_DECEL + drag * h * ROLL_SHARE) * dt;
  if (h <= dec || h < REST_SPEED) {
    b[BVX] = 0;
    b[BVY] = 0;
  } else {
    const k = (h - dec) / h;
    b[BVX] = vx * k;
    b[BVY] = vy * k;
  }
}

// A bounce (Cross 2002, grip-slip): the vertical speed comes back × RESTITUTION; friction
// (at most μ × the normal impulse) acts against the slip, and if that is enough to stop the
// slip the ball grips and leaves rolling. A spinless ball keeps more of its horizontal speed at
// a glancing landing (it slides through) than at a steep one (it grips: 60%).
function bounce(b: Float64Array): void {
  const normal = -b[BVZ] * (1 + RESTITUTION); // normal impulse per unit mass (m/s)
  const up = -b[BVZ] * RESTITUTION;
  b[BVZ] = up < SETTLE_VZ ? 0 : up;
  const ux = b[BUX], uy = b[BUY];
  const slip = Math.sqrt(ux * ux + uy * uy);
  if (slip < 1e-9) return;
  const limit = SLIDING_FRICTION * normal;
  if (limit >= GRIP * slip) {
    b[BVX] -= GRIP * ux;
    b[BVY] -= GRIP * uy;
    b[BUX] = 0;
    b[BUY] = 0;
  } else {
    const k = limit / slip;
    b[BVX] -= k * ux;
    b[BVY] -= k * uy;
    b[BUX] = ux - k * SPIN_UP * ux;
    b[BUY] = uy - k * SPIN_UP * uy;
  }
}

export function ballSpeed(b: Float64Array): MetresPerSecond {
  return Math.sqrt(b[BVX] * b[BVX] + b[BVY] * b[BVY] + b[BVZ] * b[BVZ]);
}

/**
 * Predict the free ball forward (ignoring players and woodwork) into out as [x, y, z] per step,
 * up to maxSteps; returns the number of steps written. Uses a scratch state so b is untouched.
 */
export function predictBall(
  b: Float64Array, dt: Seconds, maxSteps: number, out: Float64Array, scratch: Float64Array,
): number {
  scratch.set(b.subarray(0, BALL_STATE));
  let n = 0;
  for (; n < maxSteps; n++) {
    stepBall(scratch, dt);
    out[n * 3] = scratch[BX];
    out[n * 3 + 1] = scratch[BY];
    out[n * 3 + 2] = scratch[BZ];
    if (scratch[BZ] === 0 && scratch[BVX] === 0 && scratch[BVY] === 0) {
      n++;
      // A ball at rest stays where it is: fill the rest so look-ups past the end stay valid.
      for (let k = n; k < maxSteps; k++) {
        out[k * 3] = scratch[BX];
        out[k * 3 + 1] = scratch[BY];
        out[k * 3 + 2] = 0;
      }
      return maxSteps;
    }
  }
  return n;
}

/**
 * Launch velocity into b for a kick towards heading (dx, dy) at speed and elevation. A kick
 * leaves the ball spinless (it skids first); a push along the ground (a first touch ahead) leaves
 * it rolling.
 */
export function kick(
  b: Float64Array, dirX: number, dirY: number, speed: MetresPerSecond, elevationRad: number, rolling = false,
): void {
  const l = len(dirX, dirY) || 1;
  const h = speed * cos(elevationRad);
  b[BVX] = (dirX / l) * h;
  b[BVY] = (dirY / l) * h;
  b[BVZ] = speed * sin(elevationRad);
  if (rolling) {
    b[BUX] = 0;
    b[BUY] = 0;
  } else spinless(b);
}

/**
 * Speed to push a rolling ball so that it runs `ahead` metres in front of a player carrying on
 * at `carry` m/s before they catch it again: the gap closes when it has slowed back to their
 * speed, at the rolling deceleration (resistance plus drag) at that speed.
 */
export function touchSpeed(carry: MetresPerSecond, ahead: Metres): MetresPerSecond {
  return carry + Math.sqrt(2 * rollingDecel(carry) * ahead);
}

/** Deceleration of a ball rolling (no slip) at `speed`: resistance plus drag, m/s². */
export function rollingDecel(speed: MetresPerSecond): MetresPerSecond2 {
  return ROLLING_DECEL + (DRAG_K * dragCoefficient(speed) * speed * speed) / (1 + SPIN_INERTIA);
}

/** The ball loses its spin (a kick, a parry): its slip is its whole horizontal velocity. */
export function spinless(b: Float64Array): void {
  b[BUX] = b[BVX];
  b[BUY] = b[BVY];
}

/**
 * The slip of a ball read back from a recording, which keeps position and velocity only: for a
 * ball played spinless at tick `from` and free since, the engine's own steps are replayed from
 * each recorded state to carry the slip to tick `to`, and written into b (which holds the state
 * at `to`). The kick's own tick is taken as spinless, so the slip is the engine's to within one
 * tick's spin-up (0.15 m/s). `read(tick, out)` fills out[0..5] with the recorded ball.
 */
export function replaySlip(
  b: Float64Array, read: (tick: number, out: Float64Array) => void, from: number, to: number, dt: Seconds, scratch: Float64Array,
): void {
  read(from, scratch);
  let ux = scratch[BVX], uy = scratch[BVY];
  for (let k = from; k < to; k++) {
    read(k, scratch);
    scratch[BUX] = ux;
    scratch[BUY] = uy;
    stepBall(scratch, dt);
    ux = scratch[BUX];
    uy = scratch[BUY];
  }
  b[BUX] = ux;
  b[BUY] = uy;
}

const rollScratch = new Float64Array(BALL_STATE);

/**
 * Seconds for a ground pass kicked at `speed` to cover `d` metres by this model (skid, then
 * roll), or `cap` if it stops short or takes longer. The time is whole steps of `dt`.
 */
export function rollTime(d: Metres, speed: MetresPerSecond, dt: Seconds, cap: Seconds): Seconds {
  const s = rollScratch;
  s.fill(0);
  kick(s, 1, 0, speed, 0);
  const steps = Math.ceil(cap / dt);
  for (let k = 1; k <= steps; k++) {
    stepBall(s, dt);
    if (s[BX] >= d) return k * dt;
    if (s[BVX] === 0) return cap;
  }
  return cap;
}
