import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { TryRecord } from '../../view/try-words';

// The player's history, kept in the browser (IndexedDB through idb-keyval) per drill and stage:
// the last tries of "Time your run" and the quiz's score. A store that cannot be opened or
// written (private mode, a full disk) keeps the history in memory for the visit and says so once.

export const MAX_TRIES = 50; // kept per drill and stage

export interface PlayerHistory {
  tries: TryRecord[]; // oldest first
  quiz: { asked: number; right: number };
}

const EMPTY: PlayerHistory = { tries: [], quiz: { asked: 0, right: 0 } };

/** Only what a history holds, from whatever the store gave back (it may be old or damaged). */
function clean(v: unknown): PlayerHistory {
  if (!v || typeof v !== 'object') return structuredClone(EMPTY);
  const o = v as Partial<PlayerHistory>;
  const tries = Array.isArray(o.tries) ? o.tries.filter((t): t is TryRecord =>
    !!t && typeof t === 'object' && typeof t.at === 'number' && Number.isFinite(t.at) && typeof t.param === 'string'
    && typeof t.words === 'string' && typeof t.cls === 'string' && typeof t.when === 'number').slice(-MAX_TRIES) : [];
  const q = o.quiz && typeof o.quiz === 'object' ? o.quiz : EMPTY.quiz;
  const n = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : 0);
  const asked = n(q.asked);
  return { tries, quiz: { asked, right: Math.min(asked, n(q.right)) } };
}

export class HistoryStore {
  private store: UseStore | null = null;
  private readonly memory = new Map<string, PlayerHistory>();
  failed: string | null = null; // why the browser's storage could not be used, once it could not

  constructor(private readonly onFail: (why: string) => void) {
    try {
      this.store = typeof indexedDB === 'undefined' ? null : createStore('onside-player', 'history');
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    if (this.failed) return;
    this.failed = e instanceof Error ? e.message : String(e);
    this.store = null;
    this.onFail(this.failed);
  }

  async load(key: string): Promise<PlayerHistory> {
    const mem = this.memory.get(key);
    if (mem) return mem;
    let h = structuredClone(EMPTY);
    if (this.store) {
      try { h = clean(await get(key, this.store)); } catch (e) { this.fail(e); }
    }
    this.memory.set(key, h);
    return h;
  }

  async save(key: string, h: PlayerHistory): Promise<void> {
    const kept = { tries: h.tries.slice(-MAX_TRIES), quiz: { ...h.quiz } };
    this.memory.set(key, kept);
    if (!this.store) return;
    try { await set(key, kept, this.store); } catch (e) { this.fail(e); }
  }
}
