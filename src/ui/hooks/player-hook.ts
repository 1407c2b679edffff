import type { PlayerMode } from '../player/player-mode';

// Read-only state of "Time your run" and the quiz, for the browser tests (window.__onsidePlayer):
// what the panel shows, the tries kept, and the dots on the band.

export function installPlayerHook(player: PlayerMode, dots: () => { value: number; cls: string }[]): void {
  if (Object.prototype.hasOwnProperty.call(window, '__onsidePlayer')) return;
  const state = {
    get view() {
      const v = player.view.value;
      return { ...v, history: { tries: v.history.tries.map((t) => ({ ...t })), quiz: { ...v.history.quiz } }, streak: { ...v.streak } };
    },
    get dots() { return dots().map((d) => ({ ...d })); },
  };
  Object.defineProperty(window, '__onsidePlayer', { value: Object.freeze(state), writable: false, configurable: false });
}
