import type { ParamValues } from '../../scenario/resolve';
import type { Command } from './commands';
import type { LoadedEntry } from './drill-library';

// The command that opens entry k of the library, with what a link or a trace file gives.

export interface OpenWith {
  stage?: string;
  seed?: number;
  given?: ParamValues;
  tick?: number; // open paused on this frame
}

export function openCommand(e: LoadedEntry, k: number, w: OpenWith = {}): Command {
  return {
    type: 'drill/open',
    source: { kind: 'drill', entry: k, id: e.id, hash: e.hash },
    seed: w.seed ?? e.scenario.seed ?? 1,
    ...(w.stage ? { stage: w.stage } : {}),
    ...(w.given ? { given: w.given } : {}),
    ...(w.tick !== undefined ? { tick: w.tick } : {}),
  };
}
