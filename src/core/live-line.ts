import { BX } from './ball';
import { secondLastOpponentX } from './offside';
import type { World } from './world';

// The offside line against the attack as it stands this tick (drawn live, and read by strikers
// who hold their runs on it): Law 11's line, or the end zone's edge in the end-zone game.
const defXs = new Float64Array(24); // scratch: defenders' x, no allocation per tick

function lineNow(w: World): number {
  if (w.spec.endZone !== undefined) return Math.max(w.pitch.length - w.spec.endZone, w.ball[BX]);
  const d = w.defenders;
  let m = 0;
  for (let k = 0; k < d.length && m < defXs.length; k++) defXs[m++] = w.px[d[k]];
  return Math.max(secondLastOpponentX(w.pitch, defXs, m), w.ball[BX], w.pitch.length / 2);
}

/** The line as the players and ball stand now; worked out again only after something has moved. */
export function liveLine(w: World): number {
  if (w.lineAt !== w.moves) {
    w.line = lineNow(w);
    w.lineAt = w.moves;
  }
  return w.line;
}
