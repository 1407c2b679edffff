import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { ScenarioFile } from '../../scenario/types';

// My drills: the coach's own drill files, kept in this browser (IndexedDB, through idb-keyval).
// Every call says plainly when the browser refuses (storage full, a private window, storage
// switched off) instead of throwing; the caller keeps the work in memory and offers a download.

export interface MyDrill {
  key: string; // the record's name, also in the address while editing (?mine=KEY)
  file: ScenarioFile;
  saved: number; // ms since 1970, for the list's order
}

export type Stored<T> = { ok: true; value: T } | { ok: false; why: string };

const KEY = /^[a-z0-9-]{1,40}$/;

export function plainReason(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser\'s storage for this site is full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'this browser does not let the page keep anything (a private window, or storage switched off)';
  return `the browser refused to keep it (${e instanceof Error ? e.message : String(e)})`;
}

export class MyDrills {
  private store: UseStore | null = null;

  private db(): UseStore {
    if (!this.store) {
      if (typeof indexedDB === 'undefined') throw new DOMException('no IndexedDB', 'InvalidStateError');
      this.store = createStore('onside', 'my-drills');
    }
    return this.store;
  }

  private async attempt<T>(f: () => Promise<T>): Promise<Stored<T>> {
    try {
      return { ok: true, value: await f() };
    } catch (e) {
      return { ok: false, why: plainReason(e) };
    }
  }

  /** A new record's key: the drill's id and a stamp, unique in practice and safe in an address. */
  static newKey(id: string, now = Date.now()): string {
    return `${id.slice(0, 24).replace(/[^a-z0-9-]/g, '') || 'drill'}-${now.toString(36)}`;
  }

  static validKey(k: string | null): k is string {
    return k !== null && KEY.test(k);
  }

  save(d: MyDrill): Promise<Stored<void>> {
    return this.attempt(() => set(d.key, d, this.db()));
  }

  load(key: string): Promise<Stored<MyDrill | undefined>> {
    return this.attempt(() => get<MyDrill>(key, this.db()));
  }

  remove(key: string): Promise<Stored<void>> {
    return this.attempt(() => del(key, this.db()));
  }

  /** Every record, the last saved first. */
  list(): Promise<Stored<MyDrill[]>> {
    return this.attempt(async () => (await entries<string, MyDrill>(this.db())).map(([, v]) => v).filter((v) => v && typeof v.key === 'string').sort((a, b) => b.saved - a.saved));
  }
}
