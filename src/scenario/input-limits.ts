// How much outside input is read at all: every reader checks its size before reading it whole,
// and numbers typed by people (--set, links) are plain, short and finite.

export const MAX_DRILL_BYTES = 2 * 1024 * 1024; // a drill file (the largest shipped is ~6 kB)
export const MAX_LINK_CHARS = 4000; // characters of a link's query string
export const MAX_JSON_DEPTH = 64; // drills nest about 6 deep; deeper input is refused, not recursed
export const MAX_NUMBER_CHARS = 32; // a typed number longer than this is not a number anyone means

/** "2 MB", "512 kB": a byte count as people say it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} bytes`;
}

/** The message for input over a limit: "larger than 2 MB (5.3 MB)"; `size` when it is known. */
export function tooLarge(limit: number, size?: number, what = 'a drill file'): string {
  return `larger than ${sizeText(limit)}${size !== undefined ? ` (${sizeText(size)})` : ''}: expected ${what} of at most ${sizeText(limit)}`;
}

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,3})?$/;

/** A plain decimal ("1.2", "-0.5", "3e-2") as a finite number, or null: no hex, no Infinity. */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_NUMBER_CHARS || !DECIMAL.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}
