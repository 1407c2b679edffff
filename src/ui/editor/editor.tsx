import './editor.css';
import { render } from 'preact';
import type { Point } from '../../core/units';
import type { EditDrawing } from '../../render/edit-layer';
import type { Px, ViewTransform } from '../../render/coords';
import { parseScenario } from '../../scenario/load';
import type { ScenarioFile } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import type { Targets } from '../../view/edit/hit';
import { valueAt, type EditOp } from '../../view/edit/ops';
import { encodeDrill } from '../../view/edit/share-code';
import { template, type TemplateId } from '../../view/edit/templates';
import { triggerPlaces, zoneHandle } from '../../view/edit/trigger-place';
import { refusalText, tryEdit } from '../../view/edit/try-edit';
import { sampleAgent, sampleBall } from '../../view/sample';
import { fileName, saveBlob } from '../export/download';
import { byId } from '../panels/dom';
import type { Notices } from '../panels/notices';
import type { Library } from '../panels/top-bar';
import { openCommand } from '../state/open';
import { drillHash } from '../../view/content-hash';
import type { Replay } from '../state/replay';
import type { AnyCommand } from '../state/store';
import type { ViewerState } from '../state/viewer-state';
import { drillText } from './drill-text';
import { deleted, DrillFiles, EditorPanel, mine, shareStatus, storage, type EditorActions } from './editor-panel';
import { refusal } from './fields';
import { editKeyFor, type EditKeyInput } from './keys';
import { MyDrills, type MyDrill } from './my-drills';
import { PitchTool } from './pitch-tool';
import { Timeline } from './timeline';

// The drill editor: its panel beside the pitch, its timeline under it, its hand on the pitch, and
// the effects of an edit (autosave to My drills). The drill file lives in the viewer state; every
// change is a command, so the run, the verdicts and the band follow it like any other change.

export interface EditorHost {
  dispatch(c: AnyCommand): void;
  state(): ViewerState;
  run(): Replay | undefined;
  transform(): ViewTransform;
  labelPx(): Px;
  notices: Notices;
  library: Library;
}

const AUTOSAVE_MS = 200;

export class Editor implements EditorActions {
  readonly dispatch: (c: AnyCommand) => void;
  readonly tool: PitchTool;
  readonly store = new MyDrills();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: MyDrill | null = null;
  private readonly readoutEl: HTMLElement;
  private drawn: { trace: unknown; edit: unknown; out: EditDrawing | null } = { trace: null, edit: null, out: null };
  saves = 0; // records written (tests wait for the autosave)
  private readonly keyOf = new Map<string, string>(); // a drill's content hash → its record in My drills, for drills left with Done editing

  constructor(private readonly host: EditorHost) {
    this.dispatch = host.dispatch;
    const panel = document.createElement('div');
    panel.id = 'editor';
    const result = document.querySelector('#panel .result');
    if (result) result.before(panel); // near the top: the editor is the panel's first business while editing (empty otherwise)
    else byId('panel').appendChild(panel);
    const files = document.createElement('div');
    files.id = 'drill-files';
    byId('export-tools').after(files); // with "Export and share"

    const timeline = document.createElement('div');
    timeline.id = 'edit-timeline';
    byId('transport').before(timeline);
    this.readoutEl = document.createElement('div');
    this.readoutEl.id = 'edit-readout';
    this.readoutEl.hidden = true;
    byId('stage').appendChild(this.readoutEl);
    this.tool = new PitchTool(byId('pitch'), {
      dispatch: this.dispatch, state: host.state, transform: host.transform, labelPx: host.labelPx,
      targets: () => this.targets(), edit: (op, w) => this.edit(op, w), readout: (t, at) => this.readout(t, at),
    });
    render(<EditorPanel x={this} />, panel);
    render(<DrillFiles x={this} />, files);
    render(<Timeline edit={(op, w) => this.edit(op, w)} dispatch={this.dispatch} />, timeline);
    addEventListener('pagehide', () => void this.flush());
    void this.refreshList();
  }

  // ---- edits ------------------------------------------------------------------------------------

  /** Try an edit on the file; dispatch it when it validates, else show the validator's words beside `where`. */
  readonly edit = (op: EditOp, where: string): boolean => {
    const ed = this.host.state().edit;
    if (!ed) return false;
    const r = tryEdit(ed.file as ScenarioFile, op);
    if (!r.ok) {
      refusal.value = { where, text: refusalText(r.problems) };
      return false;
    }
    if (refusal.peek()) refusal.value = null;
    this.dispatch({ type: 'edit/op', op });
    return true;
  };

  startEditing(): void {
    const run = this.host.run();
    const s = this.host.state();
    if (s.edit || !run?.drill) return;
    const file = run.drill;
    this.dispatch({ type: 'edit/start', file, key: this.keyOf.get(drillHash(file)) ?? MyDrills.newKey(file.id) });
  }

  newDrill(t: TemplateId): void {
    const file = template(t);
    this.dispatch({ type: 'edit/start', file, key: MyDrills.newKey(file.id), entry: -1 });
  }

  /** Done editing: the drill stays on screen, as a drill of the list (kept in My drills too). */
  stopEditing(): void {
    const ed = this.host.state().edit;
    if (!ed) return;
    void this.flush();
    const file = ed.file as ScenarioFile;
    const lib = this.host.library;
    this.keyOf.set(drillHash(file), ed.key);
    const entry = { file: `${file.title} (My drills)`, id: file.id, title: file.title, scenario: file, hash: drillHash(file) };
    lib.entries.value = [...lib.list, entry];
    this.dispatch(openCommand(entry, lib.list.length - 1, { seed: this.host.state().run.seed, given: { ...this.host.state().run.given } }));
  }

  finishRun(): void {
    this.tool.finishRun();
  }

  // ---- the state changed ------------------------------------------------------------------------

  changed(s: ViewerState, prev: ViewerState): void {
    const ed = s.edit;
    if (ed !== prev.edit) byId('stage').classList.toggle('editing', !!ed);
    if (ed && (ed.file !== prev.edit?.file || ed.key !== prev.edit?.key)) this.autosave({ key: ed.key, file: ed.file as ScenarioFile, saved: Date.now() });
  }

  private autosave(d: MyDrill): void {
    this.pending = d;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
  }

  /** Write what waits to be saved now. */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    const d = this.pending;
    if (!d) return;
    this.pending = null;
    const r = await this.store.save(d);
    if (!r.ok) {
      storage.value = `Your drill could not be kept in this browser: ${r.why}. It stays here while the page is open; download it to keep it.`;
      return;
    }
    storage.value = null;
    this.saves++;
    await this.refreshList();
  }

  private async refreshList(): Promise<void> {
    const r = await this.store.list();
    if (r.ok) mine.value = r.value;
    else storage.value = `My drills cannot be read in this browser: ${r.why}.`;
  }

  // ---- My drills --------------------------------------------------------------------------------

  /** Open a record of My drills in the editor; false (with a notice) when it is missing or no longer valid. */
  async openMine(key: string): Promise<boolean> {
    await this.flush();
    const r = await this.store.load(key);
    if (!r.ok) { this.host.notices.show(`My drills could not be read: ${r.why}.`, 'error'); return false; }
    const d = r.value;
    if (!d || typeof d !== 'object' || !d.file) { this.host.notices.show('That drill is no longer in My drills.'); return false; }
    const problems = validateScenario(d.file);
    if (problems.length) { this.host.notices.show(`My drills: "${key}" is not a valid drill:\n${refusalText(problems)}`, 'error'); return false; }
    this.dispatch({ type: 'edit/start', file: d.file, key, entry: -1 });
    return true;
  }

  async renameMine(key: string, title: string): Promise<void> {
    const s = this.host.state();
    if (s.edit?.key === key) { this.edit({ op: 'set', path: ['title'], value: title }, 'title'); await this.flush(); return; }
    const r = await this.store.load(key);
    if (!r.ok || !r.value) return;
    const file = { ...r.value.file, title };
    if (validateScenario(file).length) { this.host.notices.show(`"${title.slice(0, 40)}" cannot be a title (at most 80 characters).`); return; }
    await this.store.save({ ...r.value, file, saved: Date.now() });
    await this.refreshList();
  }

  async duplicateMine(key: string): Promise<void> {
    await this.flush();
    const r = await this.store.load(key);
    if (!r.ok || !r.value) return;
    const file = { ...r.value.file, title: `${r.value.file.title} (copy)`.slice(0, 80) };
    const w = await this.store.save({ key: MyDrills.newKey(file.id), file, saved: Date.now() });
    if (!w.ok) storage.value = `The copy could not be kept: ${w.why}.`;
    await this.refreshList();
  }

  async deleteMine(key: string): Promise<void> {
    await this.flush();
    const r = await this.store.load(key);
    if (!r.ok || !r.value) return;
    const w = await this.store.remove(key);
    if (!w.ok) { storage.value = `It could not be deleted: ${w.why}.`; return; }
    deleted.value = r.value;
    await this.refreshList();
  }

  async undoDelete(): Promise<void> {
    const d = deleted.peek();
    if (!d) return;
    const w = await this.store.save(d);
    if (!w.ok) { storage.value = `It could not be put back: ${w.why}. Download it to keep it.`; return; }
    deleted.value = null;
    await this.refreshList();
  }

  // ---- files and links --------------------------------------------------------------------------

  /** The drill on screen as a file: the one being edited, else the drill that made the run. */
  currentFile(): ScenarioFile | null {
    return (this.host.state().edit?.file as ScenarioFile | undefined) ?? this.host.run()?.drill ?? null;
  }

  download(): void {
    const f = this.currentFile();
    if (!f) { shareStatus.value = 'A recording has no drill file to download.'; return; }
    saveBlob(new Blob([drillText(f)], { type: 'application/json' }), `${fileName(f.id)}.json`);
  }

  /** A link carrying the whole drill (compressed), to the clipboard, or shown to copy by hand. */
  shareUrl(): string | null {
    const f = this.currentFile();
    return f ? `${location.origin}${location.pathname}?share=${encodeDrill(drillText(f))}` : null;
  }

  async shareLink(): Promise<void> {
    const url = this.shareUrl();
    if (!url) { shareStatus.value = 'A recording has no drill to share.'; return; }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      shareStatus.value = `Link copied ✓ (${url.length} characters)`;
    } catch {
      shareStatus.value = `Copy this link: ${url}`;
    }
  }

  /** A drill a link carries: validated as a file is; null (with the validator's words) when refused. */
  static readShared(text: string): { file: ScenarioFile } | { refused: string } {
    try {
      return { file: parseScenario(text, 'the shared link') };
    } catch (e) {
      return { refused: e instanceof Error ? e.message : String(e) };
    }
  }

  // ---- keys -------------------------------------------------------------------------------------

  /** A key the editor takes (E, Delete, arrows to nudge, Enter to finish a run): true when taken. */
  onKey(e: EditKeyInput): boolean {
    const s = this.host.state();
    const k = editKeyFor(e, !!s.edit);
    if (!k) return false;
    if (k.do === 'edit') { this.startEditing(); return true; }
    const ed = s.edit;
    if (!ed) return false;
    const f = ed.file as ScenarioFile;
    const sel = ed.selection;
    if (k.do === 'finish') { if (ed.tool.kind !== 'run') return false; this.finishRun(); return true; }
    if (!sel) return false;
    if (k.do === 'delete') {
      if (sel.kind === 'agent') this.edit({ op: 'delete-agent', id: sel.id }, `agents`);
      else if (sel.kind === 'line') this.edit({ op: 'remove', path: ['script', sel.index] }, `script.${sel.index}`);
      else {
        const path = valueAt(f, ['script', sel.line, 'path']) as unknown[];
        this.edit(path.length > 1 ? { op: 'remove', path: ['script', sel.line, 'path', sel.index] } : { op: 'remove', path: ['script', sel.line] }, `script.${sel.line}`);
      }
      return true;
    }
    const at = sel.kind === 'agent' ? ['agents', f.agents.findIndex((a) => a.id === sel.id), 'start'] : sel.kind === 'point' ? ['script', sel.line, 'path', sel.index] : null;
    if (!at || (at[1] as number) < 0) return false;
    const p = valueAt(f, at) as { x: unknown; y: unknown };
    if (typeof p.x !== 'number' || typeof p.y !== 'number') return true; // a place set by a parameter: the inspector edits it
    const step = k.big ? 1 : ed.snap ? 0.5 : 0.1;
    const x = Number((p.x + k.dx * step).toFixed(2)), y = Number((p.y + k.dy * step).toFixed(2));
    this.edit({ op: 'set', path: at, value: { x, y } }, at.join('.'));
    return true;
  }

  // ---- the picture ------------------------------------------------------------------------------

  /** Players' starts and runs' points as resolved for the run on screen, in metres. */
  targets(): Targets {
    const run = this.host.run();
    if (!run) return { agents: [], points: [], zones: [] };
    const tr = run.trace, out = { x: 0, y: 0, vx: 0, vy: 0 };
    const agents = tr.agents.map((a, i) => { sampleAgent(tr, 0, i, out); return { id: a.id, x: out.x, y: out.y }; });
    const points = run.spec.actions.flatMap((a, k) => (a.kind === 'run' ? a.path.map((p, index) => ({ line: a.index ?? k, index, x: p.x, y: p.y })) : []));
    const zones = triggerPlaces(run.spec).map((z) => ({ line: z.line, ...zoneHandle(z.zone) }));
    return { agents, points, zones };
  }

  /** What the pitch draws for the editor: the whole run of everyone, the handles, the selection. */
  drawing(s: ViewerState): EditDrawing | null {
    const run = this.host.run();
    const ed = s.edit;
    if (!ed || !run) return null;
    if (this.drawn.trace === run.trace && this.drawn.edit === ed) return this.drawn.out;
    const tr = run.trace, a = { x: 0, y: 0, vx: 0, vy: 0 }, b = { x: 0, y: 0, z: 0 };
    const paths = tr.agents.map((ag, i) => {
      const points: Point[] = [];
      for (let t = 0; t < tr.ticks; t += 2) { sampleAgent(tr, t, i, a); points.push({ x: a.x, y: a.y }); }
      return { points, team: ag.team };
    });
    const ball: Point[] = [];
    for (let t = 0; t < tr.ticks; t += 2) { sampleBall(tr, t, b); ball.push({ x: b.x, y: b.y }); }
    const tg = this.targets();
    const sel = ed.selection;
    const handles = tg.points.map((p) => ({ x: p.x, y: p.y, selected: !!sel && ((sel.kind === 'point' && sel.line === p.line && sel.index === p.index) || (sel.kind === 'line' && sel.index === p.line)) }));
    const ringAgent = sel?.kind === 'agent' ? tg.agents.find((x) => x.id === sel.id) : ed.tool.kind === 'run' && ed.tool.agent ? tg.agents.find((x) => x.id === (ed.tool as { agent: string }).agent) : ed.tool.kind === 'ball' && ed.tool.from ? tg.agents.find((x) => x.id === (ed.tool as { from: string }).from) : undefined;
    const draft = ed.tool.kind === 'run' && ringAgent ? [ringAgent, ...ed.tool.points] : [];
    const selLine = sel?.kind === 'line' ? sel.index : sel?.kind === 'point' ? sel.line : -1;
    const zones = triggerPlaces(run.spec).map((z) => ({ zone: z.zone, selected: z.line === selLine }));
    const out: EditDrawing = { paths, ball, handles, ring: ringAgent ? { x: ringAgent.x, y: ringAgent.y } : null, draft, zones };
    this.drawn = { trace: run.trace, edit: ed, out };
    return out;
  }

  private readout(text: string | null, at?: { x: number; y: number }): void {
    const el = this.readoutEl;
    el.hidden = text === null;
    if (text === null || !at) return;
    el.textContent = text;
    el.style.left = `${at.x + 16}px`;
    el.style.top = `${at.y - 28}px`;
  }
}

export { drillText };
