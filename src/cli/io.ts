import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { CliError, EXIT } from './errors';
import { parseJsonText } from '../scenario/json-text';
import { ScenarioError } from '../scenario/types';
import { MAX_DRILL_BYTES, tooLarge } from '../scenario/input-limits';
import { clip } from '../scenario/bounded-text';

/** A file name as messages show it: a path of thousands of characters is cut. */
export function shownName(file: string): string {
  return clip(file, 160);
}

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

/** What a path names when it is not a file or a pipe (a device would read without end). */
function kindOf(st: { isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string | null {
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return null;
}

/**
 * The text of a file, or the problem line saying why it cannot be read. A file (or a pipe) over
 * `maxBytes` is refused by its size before it is read, or once that much has been read.
 */
export function readText(file: string, maxBytes = MAX_DRILL_BYTES): { text: string } | { problem: string } {
  let fd: number | undefined;
  const name = shownName(file);
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    const kind = kindOf(st);
    if (kind) return { problem: `${name}: $: expected a file, got ${kind}` };
    if (st.isFile() && st.size > maxBytes) return { problem: `${name}: $: ${tooLarge(maxBytes, st.size)}` };
    const buf = Buffer.alloc(Math.min(maxBytes + 1, st.isFile() ? st.size + 1 : maxBytes + 1));
    let used = 0;
    for (let n = -1; n !== 0 && used < buf.length;) {
      n = readSync(fd, buf, used, buf.length - used, null);
      used += n;
    }
    if (used > maxBytes) return { problem: `${name}: $: ${tooLarge(maxBytes)}` };
    return { text: buf.toString('utf8', 0, used) };
  } catch (e) {
    return { problem: `${name}: $: ${reason(e)}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Parsed JSON, or the problem line saying where the syntax breaks and what was expected. */
export function parseJson(text: string, file: string): { data: unknown } | { problem: string } {
  try {
    return { data: parseJsonText(text, file, { uniqueKeys: true }) };
  } catch (e) {
    if (e instanceof ScenarioError) return { problem: e.message };
    throw e;
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
    throw new CliError(`${what} ${shownName(file)}: cannot write the file (${clip(String(why), 80)})`, EXIT.invalid);
  }
}
