import type { LoadedEntry } from '../app';
import { byId, clear, el } from './dom';
import { loadEntry, type LibraryEntry } from '../state/drill-library';
import type { Notices } from './notices';

// The drill list (bundled scenarios, and files opened from this computer). A file that does not
// load says why, as text, and the drill on screen stays.

export class DrillPicker {
  private readonly select = byId<HTMLSelectElement>('drill');
  private readonly fileIn = byId<HTMLInputElement>('file-input');
  private current: LibraryEntry | undefined;

  constructor(private readonly entries: LibraryEntry[], private readonly notices: Notices, private readonly open: (e: LoadedEntry) => void) {
    this.fill();
    this.select.addEventListener('change', () => this.pick(Number(this.select.value)));
    byId('open-file').addEventListener('click', () => this.fileIn.click());
    this.fileIn.addEventListener('change', () => void this.openFile());
  }

  private fill(): void {
    clear(this.select);
    this.entries.forEach((e, k) => {
      const n = k < 9 ? `${k + 1}. ` : '';
      const text = e.scenario ? `${n}${e.title}` : `${n}⚠ ${e.file} (does not load)`;
      this.select.appendChild(el('option', { text, attrs: { value: String(k) } }));
    });
  }

  /** Open the k-th drill (0-based, as listed); a broken one only reports its error. */
  pick(k: number): void {
    const e = this.entries[k];
    if (!e) return this.show(this.current);
    if (!e.scenario) {
      this.notices.show(`${e.file} could not be loaded, so the drill on screen stays:\n${e.error ?? ''}`, 'error');
      return this.show(this.current);
    }
    this.open(e as LoadedEntry);
  }

  show(e: LibraryEntry | undefined): void {
    this.current = e;
    const k = e ? this.entries.indexOf(e) : -1;
    if (k >= 0) this.select.value = String(k);
  }

  private async openFile(): Promise<void> {
    const f = this.fileIn.files?.[0];
    this.fileIn.value = '';
    if (!f) return;
    if (f.size > 1_000_000) {
      this.notices.show(`${f.name} is too large for a drill file (${Math.round(f.size / 1024)} KB); the drill on screen stays.`, 'error');
      return;
    }
    const e = loadEntry(f.name, await f.text());
    if (!e.scenario) {
      this.notices.show(`${f.name} could not be loaded, so the drill on screen stays:\n${e.error ?? ''}`, 'error');
      return;
    }
    e.file = `${f.name} (this computer)`;
    this.entries.push(e);
    this.fill();
    this.open(e as LoadedEntry);
  }
}
