import { display } from '../state/signals';
import type { Dispatch } from '../state/store';
import type { Layers } from '../state/viewer-state';

// "On the pitch": what is drawn besides the players and the ball, each a tick box. Race words
// never show in presenter mode (the lines and dots say who gets there first).

const LAYERS: readonly [keyof Layers, string][] = [
  ['plan', 'Plan arrows'],
  ['trails', 'Trails'],
  ['race', 'Who gets there first'],
  ['raceTags', 'Race words (not when presenting)'],
  ['margins', 'Offside margins'],
];

export function LayerToggles({ dispatch }: { dispatch: Dispatch }) {
  const layers = display.value.layers;
  return (
    <>
      <summary>On the pitch</summary>
      {LAYERS.map(([name, words]) => (
        <label key={name} class="field layer-toggle">
          <input type="checkbox" data-layer={name} checked={layers[name]} onChange={(e) => dispatch({ type: 'display/layer', layer: name, on: e.currentTarget.checked })} /> {words}
        </label>
      ))}
    </>
  );
}
