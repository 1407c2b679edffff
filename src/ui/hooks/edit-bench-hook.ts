import { Container, Graphics, Text } from 'pixi.js';
import type { AgentIn, ScenarioFile } from '../../scenario/types';
import { template } from '../../view/edit/templates';
import type { ViewerApp } from '../app';

// Loaded only with ?bench=1: a drag on the pitch in the editor, timed from the pointer's move to
// the new run drawn (validate the edit, reduce, simulate, derive, the panels, one frame drawn), for
// a 12-player drill; in the same run, a bare PixiJS redraw of as many display objects.

export interface EditBenchResult {
  players: number;
  moves: number;
  dragMedianMs: number;
  dragP95Ms: number;
  dragMaxMs: number;
  simMedianMs: number;
  bareMedianMs: number;
}

const pct = (a: number[], q: number) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

/** Twelve players: the coach, five attackers with runs, four defenders in a line, a holding midfielder, a keeper. */
export function twelvePlayers(): ScenarioFile {
  const f = template('back-four');
  const more: AgentIn[] = [
    { id: 'A2', team: 'attack', role: 'attacker', label: '7', start: { x: 76, y: 12 }, behaviour: { kind: 'striker', shootRange: 14 } },
    { id: 'A3', team: 'attack', role: 'attacker', label: '11', start: { x: 76, y: 56 }, behaviour: { kind: 'striker', shootRange: 14 } },
    { id: 'A4', team: 'attack', role: 'attacker', label: '10', start: { x: 70, y: 30 }, behaviour: { kind: 'striker', shootRange: 14 } },
    { id: 'A5', team: 'attack', role: 'attacker', label: '8', start: { x: 68, y: 42 }, behaviour: { kind: 'striker', shootRange: 14 } },
    { id: 'M1', team: 'defence', role: 'defender', label: '4', start: { x: 74, y: 34 }, behaviour: { kind: 'track', target: 'A4' } },
  ];
  f.agents = [...f.agents.slice(0, -1), ...more, f.agents[f.agents.length - 1]];
  f.script = [
    { do: 'run', at: 0.6, agent: 'F', path: [{ x: 90, y: 33 }, { x: 97, y: 34 }] },
    { do: 'run', at: 0.8, agent: 'A2', path: [{ x: 92, y: 18 }] },
    { do: 'run', at: 0.8, agent: 'A3', path: [{ x: 92, y: 50 }] },
    { do: 'pass', at: 1, agent: 'C', to: { agent: 'F', lead: { x: 2, y: 0 } }, speed: 18 },
  ];
  return f;
}

export function installEditBench(app: ViewerApp): void {
  const run = async (moves = 120): Promise<EditBenchResult> => {
    const file = twelvePlayers();
    app.dispatch({ type: 'edit/start', file, key: 'bench-twelve', entry: -1 });
    app.draw();
    const canvas = document.getElementById('pitch')!;
    const box = canvas.getBoundingClientRect();
    const screen = (x: number, y: number) => { const p = (window as any).__onside.worldToScreen(x, y); return { x: box.left + p.x, y: box.top + p.y }; };
    const ev = (type: string, p: { x: number; y: number }) => canvas.dispatchEvent(new PointerEvent(type, { clientX: p.x, clientY: p.y, pointerId: 7, bubbles: true, button: 0, isPrimary: true }));
    const drag: number[] = [], sim: number[] = [];
    ev('pointerdown', screen(79, 34)); // the striker, F
    for (let k = 0; k < moves; k++) {
      const p = screen(79 - 3 * Math.sin(k / 10), 34 + 4 * Math.cos(k / 13)); // a wandering drag, each move a new place
      const t0 = performance.now();
      ev('pointermove', p);
      app.draw();
      await Promise.resolve(); // the panels render in a microtask: count them too
      await Promise.resolve();
      drag.push(performance.now() - t0);
      sim.push(app.run.simMs);
    }
    ev('pointerup', screen(79, 34));
    // The bare redraw: as many graphics and texts as the editing scene, one circle each, drawn and rendered.
    const r = app.pixi.renderer;
    const texts = app.run.trace.agents.length + 1;
    const root = new Container();
    const gs = Array.from({ length: Math.max(1, app.scene.objectCount - texts) }, () => root.addChild(new Graphics()));
    const ts = Array.from({ length: texts }, (_, i) => root.addChild(new Text({ text: String(i + 1), style: { fontSize: 18, fill: 0 } })));
    const bare: number[] = [];
    for (let k = 0; k < moves; k++) {
      const t0 = performance.now();
      gs.forEach((g, i) => { g.clear(); g.circle(100 + ((k * 3 + i * 40) % 600), 100 + i * 7, 16).fill({ color: 0x56b4e9 }); });
      ts.forEach((t, i) => t.position.set(100 + ((k * 3 + i * 40) % 600), 300));
      r.render({ container: root });
      bare.push(performance.now() - t0);
    }
    root.destroy({ children: true });
    app.dispatch({ type: 'edit/stop' });
    return {
      players: file.agents.length, moves,
      dragMedianMs: pct(drag, 0.5), dragP95Ms: pct(drag, 0.95), dragMaxMs: Math.max(...drag),
      simMedianMs: pct(sim, 0.5), bareMedianMs: pct(bare, 0.5),
    };
  };
  Object.defineProperty(window, '__onsideEditBench', { value: Object.freeze({ run }), writable: false });
}
