// Help texts: the top level and one per command.
export const TOP_HELP = `onside: a tactical football drill simulator, headless

Usage: onside <command> [options]

Commands:
  validate FILE...   check drill files against the schema and their references
  run FILE           simulate a drill and print its events and outcome as JSON
  offside FILE       judge offside positions in one moment (a snapshot JSON file)
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

Exits 0 when every file is valid, 1 otherwise.`,

  run: `Usage: onside run FILE [--seed N] [--set NAME=VALUE]... [--variation ID] [--trace OUT]

Simulates the drill and prints one JSON object: scenario, seed, tickRate, ticks, the resolved
parameter values, the events (tick, time and details) and the outcome.

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
};
