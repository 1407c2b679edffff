import { parseScenario } from '../../scenario/load';
import { ScenarioError, type ScenarioFile } from '../../scenario/types';
import { drillHash } from '../../view/content-hash';
import { themeOf, themeRank } from '../../view/drill-themes';

// Every scenario in scenarios/ is bundled at build time; a new file shows up by itself. Files that
// do not load are kept in the list with their error, so the picker can say what is wrong.

export interface LibraryEntry {
  file: string;
  id: string;
  title: string;
  scenario?: ScenarioFile; // absent when the file is broken
  hash?: string; // of the resolved drill: what caches key on, never the id
  error?: string;
}

const FILES = import.meta.glob('../../../scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Within a theme: the order a session runs in (the session plan, then the clinic drills); others follow by name. */
const SESSION_ORDER = ['through-pass', 'defender-recovery', 'two-v-one', 'end-zone-game', 'in-behind', 'back-post-cross'];

export function errorText(e: unknown): string {
  if (e instanceof ScenarioError) return e.problems.map((p) => `${e.file}: ${p.path}: ${p.message}`).join('\n');
  return e instanceof Error ? e.message : String(e);
}

export function loadEntry(file: string, text: string): LibraryEntry {
  try {
    const s = parseScenario(text, file);
    return { file, id: s.id, title: s.title, scenario: s, hash: drillHash(s) };
  } catch (e) {
    const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
    return { file, id, title: id, error: errorText(e) };
  }
}

function rank(id: string): number {
  const k = SESSION_ORDER.indexOf(id);
  return k < 0 ? SESSION_ORDER.length : k;
}

/** A second file with an id already taken is kept as broken: a link names a drill by its id. */
function refuseDuplicates(entries: LibraryEntry[]): LibraryEntry[] {
  const first = new Map<string, string>();
  return [...entries].sort((a, b) => a.file.localeCompare(b.file)).map((e) => {
    const taken = first.get(e.id);
    if (taken === undefined) {
      first.set(e.id, e.file);
      return e;
    }
    return { file: e.file, id: e.id, title: e.title, error: `${e.file}: $.id: expected an id no other drill has, but "${e.id}" is ${taken}'s (a link names a drill by its id)` };
  });
}

export function loadLibrary(files: Record<string, string> = FILES): LibraryEntry[] {
  const out = refuseDuplicates(Object.entries(files).map(([path, text]) => loadEntry(path.replace(/^.*\//, ''), text)));
  // By theme first (the picker's groups keep this order, and the keys 1–9 count down it).
  const theme = (e: LibraryEntry) => themeRank(themeOf(e.scenario));
  return out.sort((a, b) => theme(a) - theme(b) || rank(a.id) - rank(b.id) || a.id.localeCompare(b.id) || a.file.localeCompare(b.file));
}

/** An entry that loaded. */
export type LoadedEntry = LibraryEntry & { scenario: ScenarioFile; hash: string };

export function loaded(e: LibraryEntry | undefined): e is LoadedEntry {
  return !!e?.scenario && e.hash !== undefined;
}
