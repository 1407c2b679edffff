import type { Race } from './race';

// Who gets there first, in a player's words: "9 gets there 0.3 s before 4"; under 0.05 s, which
// would read "0.0 s before", the two get there together ("9 and 4 get there together").

/** The race's tag: the winner, by how much, before whom. `labelOf`: an agent index's shirt. */
export function raceWords(race: Race, labelOf: (index: number) => string): string {
  const w = race.winner;
  if (!w) return '';
  if (!race.rival || race.marginS === null) return `${labelOf(w.index)} gets there unchallenged`;
  if (Math.abs(race.marginS) < 0.05) return `${labelOf(w.index)} and ${labelOf(race.rival.index)} get there together`;
  return `${labelOf(w.index)} gets there ${race.marginS.toFixed(1)} s before ${labelOf(race.rival.index)}`;
}
