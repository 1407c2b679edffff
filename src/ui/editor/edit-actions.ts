import { current, isDraft, type Draft } from 'immer';
import type { ScenarioFile } from '../../scenario/types';
import { drillHash } from '../../view/content-hash';
import type { EditOp } from '../../view/edit/ops';
import { tryEdit } from '../../view/edit/try-edit';
import type { ViewerState } from '../state/viewer-state';
import type { EditSelection, EditTool } from './edit-session';

// The editor's commands, in the shape of the viewer's action table (commands.ts spreads them in).
// An edit of the file is undoable and re-validated here, so no command can make the file invalid;
// the drill on screen follows it (a new content hash, so the run is simulated again).

type D = Draft<ViewerState>;
interface EditAction<P> {
  label: string;
  keys?: string;
  undoable?: boolean;
  fresh?: boolean; // the history starts again: its steps are of another file
  perform(d: D, p: P): void;
}
const action = <P = object>(a: EditAction<P>): EditAction<P> => a;

const plain = <T,>(v: T): T => (isDraft(v) ? (current(v as Draft<T>) as T) : v);

/** Show the file being edited: its content names the run; the playhead waits at the start. */
function showFile(d: D, file: ScenarioFile): void {
  if (!d.source) return;
  d.source.hash = drillHash(file);
  d.source.id = file.id;
  d.playhead.tick = 0;
  d.playhead.playing = false;
}

export const EDIT_ACTIONS = {
  'edit/start': action<{ file: ScenarioFile; key: string; entry?: number }>({
    label: 'Edit this drill', keys: 'E', fresh: true,
    perform(d, p) {
      d.edit = { file: p.file as Draft<ScenarioFile>, key: p.key, selection: null, tool: { kind: 'select' }, snap: d.edit?.snap ?? true };
      if (!d.source || p.entry !== undefined) d.source = { kind: 'drill', entry: p.entry ?? -1, id: p.file.id, hash: '' };
      d.run.given = {};
      d.run.seed = p.file.seed ?? 1; // the file's own seed, as `onside run` takes it
      delete d.run.stage;
      showFile(d, p.file);
    },
  }),
  'edit/stop': action({ label: 'Leave the editor', fresh: true, perform(d) { d.edit = null; } }),
  'edit/op': action<{ op: EditOp }>({
    label: 'Edit the drill', undoable: true,
    perform(d, p) {
      if (!d.edit) return;
      const r = tryEdit(plain(d.edit.file) as ScenarioFile, p.op);
      if (!r.ok) return; // the editor said why before it dispatched: nothing invalid gets in
      d.edit.file = r.file as Draft<ScenarioFile>;
      const names = new Set(Object.keys(r.file.params ?? {}));
      for (const k of Object.keys(d.run.given)) if (!names.has(k)) delete d.run.given[k];
      const sel = d.edit.selection;
      if (sel?.kind === 'agent' && !r.file.agents.some((a) => a.id === sel.id)) d.edit.selection = null;
      if ((sel?.kind === 'line' || sel?.kind === 'point') && !r.file.script[sel.kind === 'line' ? sel.index : sel.line]) d.edit.selection = null;
      showFile(d, r.file);
    },
  }),
  'edit/select': action<{ selection: EditSelection | null }>({
    label: 'Select a player, a line or a point',
    perform(d, p) { if (d.edit) d.edit.selection = p.selection; },
  }),
  'edit/tool': action<{ tool: EditTool }>({
    label: 'Pick a tool of the editor',
    perform(d, p) { if (d.edit) d.edit.tool = p.tool; },
  }),
  'edit/snap': action<{ on?: boolean }>({
    label: 'Snap to 0.5 m on / off',
    perform(d, p) { if (d.edit) d.edit.snap = p.on ?? !d.edit.snap; },
  }),
} as const;
