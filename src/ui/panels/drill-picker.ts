import { loaded, loadEntry, type LibraryEntry } from '../state/drill-library';
import { openCommand } from '../state/open';
import type { Dispatch } from '../state/store';
import type { Source } from '../state/viewer-state';
import { byId, clear, el } from './dom';
import type { Notices } from './notices';

// The drill list (bundled scenarios, and files opened from this computer). Picking one dispatches
// the command that opens it; a file that does not load says why, as text, and the drill on
// screen stays. The list shows the state's source.

export class DrillPicker {
  private readonly select = byId<HTMLSelectElement>('drill');
  private readonly fileIn = byId<HTMLInputElement>('file-input');
  private current = -1;

  constructor(private readonly entries: LibraryEntry[], private readonly notices: Notices, private readonly dispatch: Dispatch) {
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
    if (!e) return this.render(null);
    if (!loaded(e)) {
      this.notices.show(`${e.file} could not be loaded, so the drill on screen stays:\n${e.error ?? ''}`, 'error');
      this.select.value = String(this.current);
      return;
    }
    this.dispatch(openCommand(e, k));
  }

  /** Show what the state has loaded. */
  render(source: Source | null): void {
    if (source && source.entry !== this.current) this.current = source.entry;
    if (this.current >= 0 && this.select.value !== String(this.current)) this.select.value = String(this.current);
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
    if (!loaded(e)) {
      this.notices.show(`${f.name} could not be loaded, so the drill on screen stays:\n${e.error ?? ''}`, 'error');
      return;
    }
    e.file = `${f.name} (this computer)`;
    this.entries.push(e);
    this.fill();
    this.dispatch(openCommand(e, this.entries.length - 1));
  }
}
