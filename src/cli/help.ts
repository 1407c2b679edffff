import { DRILL_VERSION } from '../scenario/migrate';
import { MAX_CELLS } from '../analysis/grid';
import { MAX_RUNS } from '../analysis/sweep';

// Help texts: the top level and one per command.
export const TOP_HELP = `onside: a tactical football drill simulator, headless

Usage: onside <command> [options]

Commands:
  validate FILE...   check drill files against the schema and their references
  run FILE           simulate a drill and print its events and outcome as JSON
  offside FILE       judge offside positions in one moment (a snapshot JSON file)
  sweep FILE         run a drill over a grid of one or two parameters: its timing windows
  migrate FILE...    bring drill files to the current format version, in place
  help [COMMAND]     show this help, or a command's

Options:
  -h, --help         show help (also after a command: onside run --help)
  -v, --version      show the version

Exit codes: 0 success, 1 an input file is invalid or unreadable,
2 a wrong command line (option, parameter name or value), 3 an internal error.`;

export const HELP: Record<string, string> = {
  validate: `Usage: onside validate FILE...

Checks each drill file: JSON syntax, the schema (assets/scenario.schema.json), and that every
agent, line group and parameter it names is declared. Prints "FILE: ok" per valid file, or one
line per problem:  FILE: <JSON path>: <what was expected>
A valid file whose script asks a player to play the ball when he cannot have it (at the
parameters' defaults) gets a line per such line:  warning: FILE: <JSON path>: <why>

Exits 0 when every file is valid (warnings or not), 1 otherwise.`,

  migrate: `Usage: onside migrate FILE...

Brings each drill file to the current format version (${DRILL_VERSION}), in place, keeping its layout:
a file without "version" is version 1. Old files load as they are; this writes the version in.
Prints "FILE: version 1 → 2" or "FILE: already version 2"; an invalid file is left as it is,
with its problems. Exits 0 when every file is valid, 1 otherwise.`,

  run: `Usage: onside run FILE [--seed N] [--set NAME=VALUE]... [--variation ID] [--trace OUT]

Simulates the drill and prints one JSON object: scenario, seed, tickRate, ticks, the resolved
parameter values, the events (tick, time and details) and the outcome. A script line that
could not happen is an event of type "skipped" with the line's index (action) and why (reason).

Options:
  --seed N            random seed, a whole number 0–4294967295 (default: the drill's "seed", or 1)
  --set NAME=VALUE    set a parameter (repeatable); it must be declared and within its range
  --variation ID      run one of the drill's variations (stages)
  --trace OUT         also write every frame to OUT: OUT.json (the full trace) or OUT.csv
                      (one row per tick per entity: tick,t,entity,team,role,x,y,z,vx,vy,vz)

The same file, parameters and seed always give the same output, byte for byte.
Exits 1 if the drill is invalid, 2 for a wrong option, parameter or value.`,

  offside: `Usage: onside offside SNAPSHOT.json

Judges one moment as an assistant referee would: who is in an offside position when the ball
is played. The snapshot (assets/offside-snapshot.schema.json):
  { "pitch"?: { "length": 105, "width": 68 },
    "ball": { "x": 70, "y": 34 },
    "attackers": [{ "id": "9", "x": 80, "y": 30 }],
    "defenders": [{ "id": "4", "x": 79, "y": 36 }, { "id": "GK", "x": 104, "y": 34 }],
    "restart"?: "throw-in" | "goal-kick" | "corner-kick" | "free-kick" }
Attackers attack the goal line at x = length. Prints
  { "offsideLine": x, "restartExempt": bool, "players": [{ "id", "offsidePosition", "marginM" }] }
marginM is how far beyond the line the player is (positive = nearer the goal line; level = 0,
onside). Exits 1 if the snapshot is invalid.`,

  sweep: `Usage: onside sweep FILE --vary NAME=FROM:TO:STEP [--vary NAME=FROM:TO:STEP]
                   [--seed N] [--seeds K] [--set NAME=VALUE]... [--variation ID] [--csv] [--plot OUT.svg] [--threads N]

Runs the drill at every value of one parameter (or every pair of values of two) and prints,
per cell, the outcome and the margins that explain it: the timing windows of the drill.
Each cell is exactly what "onside run FILE --set NAME=VALUE … --seed N" gives.

Options:
  --vary NAME=FROM:TO:STEP  a parameter to vary: FROM, FROM+STEP, … up to TO (once or twice);
                      FROM and TO must lie in the parameter's range, STEP > 0
  --seed N            random seed, a whole number 0–4294967295 (default: the drill's "seed", or 1)
  --seeds K           run K seeds per cell (N … N+K−1) and give the share of each outcome
  --set NAME=VALUE    hold another parameter at a value (repeatable)
  --variation ID      sweep one of the drill's variations (stages)
  --csv               print CSV (one row per cell) instead of JSON
  --plot OUT.svg      also draw the band (one --vary) or the timing map (two) as the viewer does,
                      with its legend and sentence; with --seeds K each timing shows its share
                      of tries in each class
  --threads N         use at most N threads (default: every core; a sweep of under 400 runs uses
                      one). The output is the same on any number; stderr says how many were used

Per cell (one seed): outcome, agent (who scored, saved, won the ball or was flagged),
class (offside | works: a chance, a shot got away | lost: no chance), and
  offsideMarginM  the runner's distance beyond the offside line at the pass or cross (m, > 0 offside)
  raceMarginS     seconds to spare at the first touch after the pass: + the runner's touch, the
                  time the nearest opponent still needed to get there; − an opponent's touch, the
                  time the runner still needed
  separationM     runner to the nearest opponent at the runner's first touch (m)
  controlT        time of the runner's first controlled touch (s)
  shotT           time of the attack's first shot after the pass (s)
(null or empty where there is none). With --seeds K: outcome (the most common), class, and the
share of each outcome. At most ${MAX_CELLS.toLocaleString('en')} cells and ${MAX_RUNS.toLocaleString('en')} runs (cells × seeds).
Exits 1 if the drill is invalid, 2 for a wrong option, parameter, value or range.`,
};
