import { computed, signal, type Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { loaded, loadEntry, type LibraryEntry } from '../state/drill-library';
import { openCommand } from '../state/open';
import { display, shownRun, viewerState } from '../state/signals';
import type { Dispatch } from '../state/store';
import type { Notices } from './notices';
import { lessonOf, pickerGroups } from '../../view/drill-themes';

// The bar above the pitch: the drill list (bundled scenarios, and files opened from this
// computer), the stage, and the display buttons. Picking dispatches the command that opens a
// drill; a file that does not load says why, as text, and the drill on screen stays.

const source = computed(() => viewerState.value.source);
const stage = computed(() => viewerState.value.run.stage ?? '');

export class Library {
  readonly entries: Signal<LibraryEntry[]>;

  constructor(initial: LibraryEntry[], private readonly notices: Notices, private readonly dispatch: Dispatch) {
    this.entries = signal(initial);
  }

  get list(): readonly LibraryEntry[] {
    return this.entries.peek();
  }

  /** Open the k-th drill (0-based, as listed); a broken one only reports its error. */
  pick(k: number): boolean {
    const e = this.list[k];
    if (!e) return false;
    if (!loaded(e)) {
      this.notices.show(`${e.file} could not be loaded, so the drill on screen stays:\n${e.error ?? ''}`, 'error');
      return false;
    }
    this.dispatch(openCommand(e, k));
    return true;
  }

  async openFile(f: File): Promise<void> {
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
    this.entries.value = [...this.list, e];
    this.dispatch(openCommand(e, this.list.length - 1));
  }
}

/** What is on screen when it is no entry of the list: a replayed recording, or a drill being written. */
const offList = computed(() => {
  const { source: src, edit } = viewerState.value;
  if (!src || src.entry >= 0) return null;
  if (src.kind === 'replay') return `▶ Replay: ${src.name}`;
  return `✎ ${edit?.file.title || src.id} (editing)`;
});

function DrillSelect({ library }: { library: Library }) {
  const last = useRef(0); // the last list entry opened, to go back to when a pick fails
  const src = source.value;
  if (src && src.entry >= 0) last.current = src.entry;
  const off = offList.value;
  const shown = off ? 'off' : String(last.current);
  return (
    <select
      id="drill" aria-label="Drill" value={shown}
      onChange={(e) => { if (!library.pick(Number(e.currentTarget.value))) e.currentTarget.value = shown; }}
    >
      {off && <option value="off" disabled>{off}</option>}
      {pickerGroups(library.entries.value).map((g) => (
        <optgroup key={g.theme} label={g.label} data-theme={g.theme}>
          {g.items.map(({ index: k, entry: e }) => (
            <option key={k} value={String(k)} title={lessonOf(e.scenario) || undefined}>{`${k < 9 ? `${k + 1}. ` : ''}${e.scenario ? e.title : `⚠ ${e.file} (does not load)`}`}</option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The drill's timing lesson in one line, under its title in the panel. */
export function Lesson() {
  const text = lessonOf(shownRun.value?.drill);
  return <span id="drill-lesson" class="lesson" hidden={!text} title={text}>{text}</span>;
}

export function TopBar({ library, dispatch }: { library: Library; dispatch: Dispatch }) {
  const fileIn = useRef<HTMLInputElement>(null);
  const d = display.value;
  const variations = shownRun.value?.drill?.variations ?? [];
  return (
    <>
      <label class="field">Drill <DrillSelect library={library} /></label>
      <label class="field" id="stage-field" hidden={variations.length === 0}>Stage{' '}
        <select id="stage-select" aria-label="Stage" value={stage.value} onChange={(e) => { const v = e.currentTarget.value; dispatch({ type: 'stage/set', ...(v ? { stage: v } : {}) }); }}>
          <option value="">As written</option>
          {variations.map((v) => <option key={v.id} value={v.id}>{v.title}</option>)}
        </select>
      </label>
      <button type="button" id="open-file" title="Open a drill file (JSON) from this computer" onClick={() => fileIn.current?.click()}>Open file…</button>
      <input
        ref={fileIn} type="file" id="file-input" accept=".json,application/json" hidden
        onChange={(e) => { const input = e.currentTarget, f = input.files?.[0]; input.value = ''; if (f) void library.openFile(f); }}
      />
      <span class="spacer"></span>
      <button type="button" id="panel-btn" title="Hide or show the side panel (I)" aria-pressed={!d.panel} onClick={() => dispatch({ type: 'display/panel' })}>{d.panel ? 'Hide panel' : 'Show panel'}</button>
      <button type="button" id="theme-btn" title="Light theme for washed-out projectors (T)" onClick={() => dispatch({ type: 'display/theme' })}>{d.theme === 'light' ? 'Dark' : 'Light'}</button>
      <button type="button" id="presenter-btn" title="Presenter mode (P)" onClick={() => dispatch({ type: 'display/presenter' })}>{d.presenter ? 'Exit presenter' : 'Present'}</button>
      <button type="button" id="fullscreen-btn" title="Full screen (F)" onClick={() => dispatch({ type: 'display/fullscreen' })}>Full screen</button>
    </>
  );
}
