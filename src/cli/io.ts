import { readFileSync, writeFileSync } from 'node:fs';
import { CliError, EXIT } from './errors';
import { parseJsonText } from '../scenario/json-text';
import { ScenarioError } from '../scenario/types';

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
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    return { problem: `${file}: $: ${reason(e)}` };
  }
}

/** Parsed JSON, or the problem line saying where the syntax breaks and what was expected. */
export function parseJson(text: string, file: string): { data: unknown } | { problem: string } {
  try {
    return { data: parseJsonText(text, file) };
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
    throw new CliError(`${what} ${file}: cannot write the file (${why})`, EXIT.invalid);
  }
}
