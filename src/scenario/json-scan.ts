import { createScanner } from 'jsonc-parser';
import { clip } from './bounded-text';

// Two checks on JSON text that JSON.parse does not make, both without recursion so that no
// input can overflow the stack: how deep it nests (on any text, before parsing), and keys given
// twice in one object (on valid JSON: JSON.parse would keep the last silently).

export interface TextPlace { offset: number; line: number; column: number } // line, column 1-based

export function placeOf(text: string, offset: number): TextPlace {
  let line = 1, start = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) { line++; start = k + 1; }
  return { offset, line, column: offset - start + 1 };
}

/** Where brackets first nest deeper than `max` (strings skipped), or null. */
export function tooDeepAt(text: string, max: number): TextPlace | null {
  let depth = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 92) k++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) { // [ {
      if (++depth > max) return placeOf(text, k);
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return null;
}

type Key = string | number;

// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read).
const T = { open: 1, close: 2, openArray: 3, closeArray: 4, comma: 5, string: 10, eof: 17 } as const;

/** One step of a JSON path: [3], .name, or ["odd name"] (a long name clipped). */
export function member(k: Key): string {
  return typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) && k.length <= 40 ? `.${k}` : `[${JSON.stringify(clip(k))}]`;
}

/** "$.agents[1].start" from keys, as the validator writes paths. */
export function pathOf(keys: readonly Key[]): string {
  return '$' + keys.map(member).join('');
}

export interface DuplicateKey { path: string; key: string; first: TextPlace; again: TextPlace }

interface Frame { object: boolean; keys: Map<string, number> | null; at: Key; expectKey: boolean }

/** Every key given twice in one object of valid JSON text, with where each was written. */
export function duplicateKeys(text: string, max = Infinity): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  const scan = createScanner(text, true);
  for (let t = scan.scan(); t !== T.eof && out.length < max; t = scan.scan()) {
    const top = stack[stack.length - 1];
    switch (t) {
      case T.open: stack.push({ object: true, keys: new Map(), at: '', expectKey: true }); break;
      case T.openArray: stack.push({ object: false, keys: null, at: 0, expectKey: false }); break;
      case T.close: case T.closeArray: stack.pop(); break;
      case T.comma:
        if (top?.object) top.expectKey = true;
        else if (top) top.at = (top.at as number) + 1;
        break;
      case T.string:
        if (top?.object && top.expectKey) {
          const key = scan.getTokenValue();
          const offset = scan.getTokenOffset();
          const seen = top.keys!.get(key);
          if (seen !== undefined) {
            out.push({ path: pathOf([...stack.slice(0, -1).map((f) => f.at), key]), key, first: placeOf(text, seen), again: placeOf(text, offset) });
          } else top.keys!.set(key, offset);
          top.at = key;
          top.expectKey = false;
        }
        break;
      default: break;
    }
  }
  return out;
}

/** Nesting depth of parsed JSON, counted without recursion, stopping once past `max`. */
export function depthOf(data: unknown, max: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d);
    if (deepest > max) break;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (x !== null && typeof x === 'object') stack.push([x, d + 1]);
  }
  return deepest;
}
