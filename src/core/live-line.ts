import { BX } from './ball';
import { secondLastOpponentX } from './offside';
import type { World } from './world';

// The offside line against the attack as it stands this tick (drawn live, and read by strikers
// who hold their runs on it): Law 11's line, or the end zone's edge in the end-zone game.
function lineNow(w: World): number {
  if (w.spec.endZone !== undefined) return Math.max(w.pitch.length - w.spec.endZone, w.ball[BX]);
  const d = w.defenders; // read in place from the players' x: nothing copied, nothing allocated
  return Math.max(secondLastOpponentX(w.pitch, w.px, d.length, d), w.ball[BX], w.pitch.length / 2);
}

/** The line as the players and ball stand now; worked out again only after something has moved. */
export function liveLine(w: World): number {
  if (w.lineAt !== w.moves) {
    w.line = lineNow(w);
    w.lineAt = w.moves;
  }
  return w.line;
}
