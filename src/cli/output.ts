// Where a command writes: results and problems apart, so a pipe gets only results.
export interface Io {
  out(line: string): void; // results: stdout
  err(line: string): void; // problems: stderr
}
