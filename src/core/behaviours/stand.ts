import { BEHAVIOUR_DEFAULTS } from './defaults';
import type { BehaviourDef } from './behaviour';
import { hold } from './steering';

// Servers and passers: stand where told; the drill's script plays their passes.
export const stand: BehaviourDef<'stand'> = {
  kind: 'stand',
  defaults: BEHAVIOUR_DEFAULTS.stand,
  memory: [],
  think: (w, i) => hold(w, i),
};
