import { computed, signal } from '@preact/signals';
import type { ScenarioFile } from '../../scenario/types';
import { TEMPLATE_TITLES, type TemplateId } from '../../view/edit/templates';
import { canRedo, canUndo, viewerState } from '../state/signals';
import type { AnyCommand } from '../state/store';
import { EditInspector } from './edit-inspector';
import type { AddRole, EditTool } from './edit-session';
import type { TryOp } from './fields';
import type { MyDrill } from './my-drills';

// The editor's panel: Edit / New drill, the tools (select, the palette of players, run, pass,
// cross, shot), the inspector, and the drill's files (download, share link, My drills).

export interface EditorActions {
  dispatch(c: AnyCommand): void;
  edit: TryOp;
  startEditing(): void;
  stopEditing(): void;
  newDrill(t: TemplateId): void;
  finishRun(): void;
  download(): void;
  shareLink(): void;
  openMine(key: string): void;
  renameMine(key: string, title: string): void;
  duplicateMine(key: string): void;
  deleteMine(key: string): void;
  undoDelete(): void;
}

/** The editor's slice of the state: the panels re-render when it changes, not at every tick of playback. */
export const editing = computed(() => viewerState.value.edit);

/** My drills as last listed, and what the storage said (null: all well). */
export const mine = signal<MyDrill[]>([]);
export const storage = signal<string | null>(null);
export const deleted = signal<MyDrill | null>(null);
export const shareStatus = signal<string>('');

const ADD: readonly [AddRole, string][] = [['attacker', '+ Attacker'], ['defender', '+ Defender'], ['goalkeeper', '+ Keeper'], ['server', '+ Server']];

function same(a: EditTool, b: EditTool): boolean {
  return a.kind === b.kind && (a.kind !== 'add' || a.role === (b as { role: AddRole }).role) && (a.kind !== 'ball' || a.play === (b as { play: string }).play);
}

function Tools({ tool, snap, x }: { tool: EditTool; snap: boolean; x: EditorActions }) {
  const pick = (t: EditTool) => x.dispatch({ type: 'edit/tool', tool: t });
  const btn = (t: EditTool, text: string, id: string, title: string) => (
    <button type="button" id={id} aria-pressed={same(tool, t)} title={title} onClick={() => pick(t)}>{text}</button>
  );
  const hint = tool.kind === 'add' ? 'Click the pitch where he starts.'
    : tool.kind === 'run' ? (!tool.agent ? 'Click the runner.' : `Click the run's points; click the last again (or Enter) to finish. ${tool.points.length} point(s).`)
    : tool.kind === 'ball' ? (!tool.from ? `Click who plays the ${tool.play}.` : 'Click the player or the spot it goes to.')
    : 'Drag a player or a run\'s point; click to inspect.';
  return (
    <div class="edit-tools">
      <div class="buttons wrap">
        {btn({ kind: 'select' }, 'Select', 'tool-select', 'Select and drag (Esc)')}
        {ADD.map(([role, text]) => btn({ kind: 'add', role }, text, `add-${role}`, `Add a ${role}`))}
      </div>
      <div class="buttons wrap">
        {btn({ kind: 'run', points: [] }, 'Run', 'tool-run', 'Draw a run: the runner, then its points')}
        {btn({ kind: 'ball', play: 'pass' }, 'Pass', 'tool-pass', 'Draw a pass: who plays it, then to whom or where')}
        {btn({ kind: 'ball', play: 'cross' }, 'Cross', 'tool-cross', 'Draw a cross')}
        {btn({ kind: 'ball', play: 'shoot' }, 'Shot', 'tool-shoot', 'Draw a shot at a spot')}
        {tool.kind === 'run' && tool.agent ? <button type="button" id="finish-run" onClick={() => x.finishRun()}>Finish run</button> : null}
      </div>
      <div class="edit-hint" data-testid="edit-hint">{hint}</div>
      <label class="edit-field"><input type="checkbox" id="edit-snap" checked={snap} onChange={() => x.dispatch({ type: 'edit/snap' })} /> Snap to 0.5 m</label>
    </div>
  );
}

function MyDrillsList({ x, current }: { x: EditorActions; current: string }) {
  const gone = deleted.value;
  return (
    <details class="my-drills" open>
      <summary>My drills ({mine.value.length})</summary>
      {gone ? <div class="edit-hint">Deleted “{gone.file.title}”. <button type="button" id="undo-delete" onClick={() => x.undoDelete()}>Undo delete</button></div> : null}
      <ul>
        {mine.value.map((d) => (
          <li key={d.key} class={d.key === current ? 'current' : ''} data-key={d.key}>
            <button type="button" class="mine-open" title="Open it in the editor" onClick={() => x.openMine(d.key)}>{d.file.title}</button>
            <button type="button" class="mine-rename" title="Rename" onClick={() => { const t = prompt('New title', d.file.title); if (t) x.renameMine(d.key, t); }}>Rename</button>
            <button type="button" class="mine-duplicate" title="Duplicate" onClick={() => x.duplicateMine(d.key)}>Copy</button>
            <button type="button" class="mine-delete" title="Delete" onClick={() => x.deleteMine(d.key)}>Delete</button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** At the top of the panel while editing (nothing otherwise): leave, undo, the tools, the inspector. */
export function EditorPanel({ x }: { x: EditorActions }) {
  const ed = editing.value;
  if (!ed) return null;
  return (
    <section class="editor" aria-label="Drill editor">
      <div class="buttons wrap">
        <button type="button" id="edit-stop" onClick={() => x.stopEditing()}>Done editing</button>
        <button type="button" id="edit-undo" disabled={!canUndo.value} title="Undo (Ctrl+Z)" onClick={() => x.dispatch({ type: 'history/undo' })}>↶ Undo</button>
        <button type="button" id="edit-redo" disabled={!canRedo.value} title="Redo (Ctrl+Shift+Z)" onClick={() => x.dispatch({ type: 'history/redo' })}>↷ Redo</button>
      </div>
      <Tools tool={ed.tool} snap={ed.snap} x={x} />
      <EditInspector f={ed.file as ScenarioFile} selection={ed.selection} edit={x.edit} />
    </section>
  );
}

/** With the panel's export and share tools: edit, a new drill, the file, the link, My drills. */
export function DrillFiles({ x }: { x: EditorActions }) {
  const ed = editing.value;
  const templates = Object.entries(TEMPLATE_TITLES) as [TemplateId, string][];
  return (
    <section class="drill-files" aria-label="Drill file">
      <div class="buttons wrap">
        {ed ? null : <>
          <button type="button" id="edit-start" title="Edit this drill (E): a copy of it is kept in My drills as you go" onClick={() => x.startEditing()}>Edit</button>
          <button type="button" id="save-mine" title="Keep a copy of this drill in My drills (and edit it)" onClick={() => x.startEditing()}>Save to My drills</button>
        </>}
        <select id="new-drill" aria-label="New drill from a template" value="" onChange={(e) => { const v = e.currentTarget.value as TemplateId; e.currentTarget.value = ''; if (v) x.newDrill(v); }}>
          <option value="">New drill…</option>
          {templates.map(([id, t]) => <option key={id} value={id}>{t}</option>)}
        </select>
        <button type="button" id="download-drill" title="The drill file, as onside validate and onside run read it" onClick={() => x.download()}>Download</button>
        <button type="button" id="share-drill" title="A link that carries the whole drill" onClick={() => x.shareLink()}>Share link</button>
      </div>
      <div class="share-status" aria-live="polite" data-testid="share-status">{shareStatus.value}</div>
      {storage.value ? <div class="edit-refused" role="alert" data-testid="storage-error">{storage.value} <button type="button" onClick={() => x.download()}>Download it</button></div> : null}
      <MyDrillsList x={x} current={ed?.key ?? ''} />
    </section>
  );
}
