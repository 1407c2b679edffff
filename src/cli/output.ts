// Where a command writes: results and problems apart, so a pipe gets only results.
export interface Io {
  out(line: string): void; // results: stdout
  err(line: string): void; // problems: stderr
  /** Worker threads a command may start (a long sweep); in-process callers leave it out: one thread, answered at once. */
  threads?: number;
}
