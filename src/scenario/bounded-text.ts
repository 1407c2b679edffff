// Text from outside (names, keys, references, lists of them) echoed back in a message, cut to a
// length a terminal line or a notice can hold. A cut says so: "…" and how much there was.

export const MAX_NAME = 40; // characters of one echoed name before it is cut
export const MAX_LIST = 8; // names of a list shown before "… and N more"
export const MAX_PROBLEMS = 20; // problems reported for one file before "… and N more problems"

/** A name as given, control characters shown as "?", cut past `max` characters with the count. */
export function clip(name: string, max = MAX_NAME): string {
  const s = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s;
}

/** Names joined with ", ", each clipped, at most `max` of them then "… and N more". */
export function clipList(names: Iterable<string>, empty = 'none', max = MAX_LIST): string {
  const a = [...names];
  if (!a.length) return empty;
  const shown = a.slice(0, max).map((n) => clip(n)).join(', ');
  return a.length > max ? `${shown}, … and ${a.length - max} more` : shown;
}

/** The first `max` items, and a last one saying how many were left out (made by `more`). */
export function clipItems<T>(items: readonly T[], more: (left: number) => T, max = MAX_PROBLEMS): T[] {
  return items.length > max ? [...items.slice(0, max), more(items.length - max)] : [...items];
}
