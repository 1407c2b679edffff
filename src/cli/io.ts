import { readFileSync, writeFileSync } from 'node:fs';
import { CliError, EXIT } from './errors';
import { findJsonSyntaxError } from './json-syntax';

// Files in and out, every failure turned into one line: FILE: <JSON path>: <what was expected>.

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'expected an existing file, but there is none';
    case 'EISDIR': return 'expected a file, got a directory';
    case 'EACCES': case 'EPERM': return 'expected a readable file (permission denied)';
    default: return `expected a readable file (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

/** The text of a file, or the problem line saying why it cannot be read. */
export function readText(file: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') }; // editors on Windows may add a BOM
  } catch (e) {
    return { problem: `${file}: $: ${reason(e)}` };
  }
}

const MAX_DEPTH = 64; // drills nest about 6 deep; recursion in the checks must not overflow

/** Nesting depth of parsed JSON, counted without recursion, stopping past the limit. */
function depth(data: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d);
    if (deepest > MAX_DEPTH) break;
    for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return deepest;
}

/** Parsed JSON, or the problem line saying where the syntax breaks and what was expected. */
export function parseJson(text: string, file: string): { data: unknown } | { problem: string } {
  try {
    const data: unknown = JSON.parse(text);
    if (depth(data) > MAX_DEPTH) return { problem: `${file}: $: expected JSON nested at most ${MAX_DEPTH} levels deep` };
    return { data };
  } catch (e) {
    const at = findJsonSyntaxError(text);
    if (at) return { problem: `${file}: $: expected valid JSON: line ${at.line}, column ${at.column}: expected ${at.expected}, got ${at.got}` };
    const msg = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    return { problem: `${file}: $: expected valid JSON: ${msg}` };
  }
}

export function writeText(file: string, text: string, what: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? 'its folder does not exist'
      : code === 'EISDIR' ? 'it is a directory'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code ?? String(e);
    throw new CliError(`${what} ${file}: cannot write the file (${why})`, EXIT.invalid);
  }
}
