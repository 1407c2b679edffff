import type { Point } from '../../core/units';
import { px, toWorld, type Px, type ViewTransform } from '../../render/coords';
import { discRadius } from '../../render/sizes';
import type { AgentIn, ScenarioFile } from '../../scenario/types';
import { hitTest, snapPoint, type Hit, type Targets } from '../../view/edit/hit';
import { freeAgentId, type EditOp } from '../../view/edit/ops';
import { moveZoneOp } from '../../view/edit/trigger-place';
import type { ViewerState } from '../state/viewer-state';
import type { AnyCommand } from '../state/store';
import type { AddRole } from './edit-session';

// The editor's hand on the pitch, a small state machine as tldraw's tools are: idle → pointing
// (down on a player or a run's point) → dragging (every move an edit, the whole drag one undo
// step: a mark when it starts, settled when it ends). Pointer events, so a finger on a tablet
// drags as a mouse does. Adding a player, drawing a run, drawing a ball are clicks with a tool.

export interface ToolHost {
  dispatch(c: AnyCommand): void;
  state(): ViewerState;
  transform(): ViewTransform;
  labelPx(): Px;
  targets(): Targets; // players' starts and runs' points, resolved, in metres
  edit(op: EditOp, where: string): boolean; // tried first: false (and the validator's words shown) when refused
  readout(text: string | null, at?: { x: number; y: number }): void; // x/y beside the pointer while dragging
}

type Drag = { hit: Exclude<Hit, null>; pointer: number; moved: boolean; from: Point; box: DOMRect }; // box: the canvas's place, read once (reading it per move forces a layout)

const BEHAVIOUR: Record<AddRole, AgentIn['behaviour'] | undefined> = {
  attacker: { kind: 'striker', shootRange: 14 },
  defender: undefined, // set with the line's height where he is put
  goalkeeper: { kind: 'keeper' },
  server: undefined,
};
const TEAM: Record<AddRole, AgentIn['team']> = { attacker: 'attack', defender: 'defence', goalkeeper: 'defence', server: 'neutral' };

export class PitchTool {
  private drag: Drag | null = null;

  constructor(private readonly canvas: HTMLElement, private readonly host: ToolHost) {
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => this.move(e));
    canvas.addEventListener('pointerup', (e) => this.up(e));
    canvas.addEventListener('pointercancel', (e) => this.up(e));
  }

  private world(e: PointerEvent, r: DOMRect = this.canvas.getBoundingClientRect()): Point {
    return toWorld(this.host.transform(), px(e.clientX - r.left), px(e.clientY - r.top));
  }

  private radiusM(): number {
    return (discRadius(this.host.labelPx()) * 1.3) / this.host.transform().scale;
  }

  private file(): ScenarioFile | null {
    return (this.host.state().edit?.file as ScenarioFile | undefined) ?? null;
  }

  private down(e: PointerEvent): void {
    const s = this.host.state(), ed = s.edit, f = this.file();
    if (!ed || !f || e.button > 0) return;
    e.preventDefault();
    const at = this.world(e);
    const hit = hitTest(this.host.targets(), at, this.radiusM());
    const d = this.host.dispatch;
    const pitch = f.pitch ?? { length: 105, width: 68 };
    const spot = snapPoint(at, ed.snap, pitch);
    const tool = ed.tool;
    if (tool.kind === 'add') {
      const id = freeAgentId(f, tool.role);
      const behaviour = tool.role === 'defender' ? { kind: 'line' as const, group: 'back', x: spot.x } : BEHAVIOUR[tool.role];
      const agent: AgentIn = { id, team: TEAM[tool.role], role: tool.role, label: id.length <= 3 ? id : id.slice(0, 3), start: spot, ...(behaviour ? { behaviour } : {}) };
      if (this.host.edit({ op: 'insert', path: ['agents', f.agents.length], value: agent }, 'pitch')) {
        d({ type: 'edit/select', selection: { kind: 'agent', id } });
        d({ type: 'edit/tool', tool: { kind: 'select' } });
      }
      return;
    }
    if (tool.kind === 'run') {
      if (!tool.agent) {
        if (hit?.kind === 'agent') d({ type: 'edit/tool', tool: { kind: 'run', agent: hit.id, points: [] } });
        return;
      }
      const last = tool.points[tool.points.length - 1];
      if (last && Math.hypot(last.x - spot.x, last.y - spot.y) < this.radiusM() * 0.5) { this.finishRun(); return; }
      d({ type: 'edit/tool', tool: { ...tool, points: [...tool.points, spot] } });
      return;
    }
    if (tool.kind === 'ball') {
      if (!tool.from) {
        if (hit?.kind === 'agent') d({ type: 'edit/tool', tool: { ...tool, from: hit.id } });
        return;
      }
      const to = hit?.kind === 'agent' && hit.id !== tool.from ? { agent: hit.id } : { point: spot };
      const line = { do: tool.play, at: 1, agent: tool.from, to, ...(tool.play === 'pass' ? { speed: 15 } : {}) };
      if (this.host.edit({ op: 'insert', path: ['script', f.script.length], value: line }, 'pitch')) {
        d({ type: 'edit/select', selection: { kind: 'line', index: f.script.length } });
        d({ type: 'edit/tool', tool: { kind: 'select' } });
      }
      return;
    }
    // select: pick, and get ready to drag
    if (!hit) { d({ type: 'edit/select', selection: null }); return; }
    d({ type: 'edit/select', selection: hit.kind === 'agent' ? { kind: 'agent', id: hit.id } : hit.kind === 'zone' ? { kind: 'line', index: hit.line } : { kind: 'point', line: hit.line, index: hit.index } });
    this.drag = { hit, pointer: e.pointerId, moved: false, from: at, box: this.canvas.getBoundingClientRect() };
    try { this.canvas.setPointerCapture(e.pointerId); } catch { /* a pointer already gone (or made up): the drag goes on without capture */ }
  }

  /** The run being drawn becomes a line of the script (at 0.5 s; the timeline moves it). */
  finishRun(): void {
    const ed = this.host.state().edit, f = this.file();
    if (!ed || !f || ed.tool.kind !== 'run') return;
    const { agent, points } = ed.tool;
    if (agent && points.length) {
      const line = { do: 'run' as const, at: 0.5, agent, path: points };
      if (this.host.edit({ op: 'insert', path: ['script', f.script.length], value: line }, 'pitch')) {
        this.host.dispatch({ type: 'edit/select', selection: { kind: 'line', index: f.script.length } });
      }
    }
    this.host.dispatch({ type: 'edit/tool', tool: { kind: 'select' } });
  }

  private move(e: PointerEvent): void {
    const g = this.drag, ed = this.host.state().edit, f = this.file();
    if (!g || !ed || !f || e.pointerId !== g.pointer) return;
    const at = this.world(e, g.box);
    if (!g.moved && Math.hypot(at.x - g.from.x, at.y - g.from.y) * this.host.transform().scale < 3) return; // a click, not yet a drag
    if (!g.moved) { g.moved = true; this.host.dispatch({ type: 'history/mark' }); }
    const p = snapPoint(at, ed.snap, f.pitch ?? { length: 105, width: 68 });
    if (g.hit.kind === 'zone') { // the place a trigger waits for, moved by its handle
      const op = moveZoneOp(f, g.hit.line, p);
      if (op) this.host.edit(op, `script.${g.hit.line}.at.reaches`);
    } else {
      const path = g.hit.kind === 'agent' ? ['agents', f.agents.findIndex((a) => a.id === (g.hit as { id: string }).id), 'start'] : ['script', g.hit.line, 'path', g.hit.index];
      if ((path[1] as number) < 0) return;
      this.host.edit({ op: 'set', path, value: p }, 'pitch');
    }
    const r = g.box;
    this.host.readout(`x ${p.x.toFixed(2)} m  y ${p.y.toFixed(2)} m`, { x: e.clientX - r.left, y: e.clientY - r.top });
  }

  private up(e: PointerEvent): void {
    const g = this.drag;
    if (!g || e.pointerId !== g.pointer) return;
    this.drag = null;
    if (g.moved) this.host.dispatch({ type: 'history/settle' });
    this.host.readout(null);
  }

  get dragging(): boolean {
    return !!this.drag?.moved;
  }
}
