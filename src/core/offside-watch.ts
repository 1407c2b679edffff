import type { OffsideJudgment, OffsideVerdict } from './offside';
import type { Tick } from './units';

// Law 11 over time: the judgment made when a team-mate plays the ball stands until the next
// team-mate play (judged afresh) or an opponent's deliberate play (reset). A save, or a rebound
// off the woodwork or an opponent, leaves it standing. A player then touching the ball while
// judged in an offside position commits the offence, unless the play was an exempt restart.
export interface OffsideWatch {
  judgment: OffsideJudgment | null;
  judgedAt: Tick;
}

export function newWatch(): OffsideWatch {
  return { judgment: null, judgedAt: -1 };
}

/** A team-mate played or touched the ball: judge afresh. */
export function teamMatePlayed(w: OffsideWatch, judgment: OffsideJudgment, tick: Tick): void {
  w.judgment = judgment;
  w.judgedAt = tick;
}

/** An opponent touched the ball. Only a deliberate play (not a save or deflection) resets. */
export function opponentTouched(w: OffsideWatch, deliberate: boolean): void {
  if (!deliberate) return;
  w.judgment = null;
  w.judgedAt = -1;
}

/** The verdict that makes player `id`'s touch an offence, or null if it is none. */
export function offenceOnTouch(w: OffsideWatch, id: string): OffsideVerdict | null {
  const j = w.judgment;
  if (!j || j.restartExempt) return null;
  const v = j.players.find((p) => p.id === id);
  return v && v.offsidePosition ? v : null;
}
