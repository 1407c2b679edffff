import { dirname, join, normalize, resolve, relative, sep } from 'node:path';

// The import graph of src/ and its circles, for the architecture test: which file needs which,
// and every group of files that need each other (Tarjan's strongly connected components).

/** Extensions a bare specifier may stand for, in the bundler's order. */
const EXTS = ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs'];

/**
 * The file a relative specifier lands on, as the bundler finds it: as written, with an extension,
 * or as a folder's index; '?worker' and the like are cut. null: a package, or no such file.
 * `exists` answers for a path relative to `root`, with '/' separators.
 */
export function resolveImport(from: string, spec: string, exists: (path: string) => boolean, root = resolve('.')): string | null {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return null;
  const clean = spec.split('?')[0];
  const abs = clean.startsWith('/') ? join(root, clean) : resolve(root, dirname(from), clean);
  const base = relative(root, normalize(abs)).split(sep).join('/');
  const tries = [base, ...EXTS.map((e) => base + e), ...EXTS.map((e) => `${base}/index${e}`)];
  // TypeScript's convention: './x.js' names the source './x.ts'.
  if (/\.m?js$/.test(base)) tries.push(base.replace(/\.(m?)js$/, '.$1ts'), base.replace(/\.js$/, '.tsx'));
  return tries.find(exists) ?? null;
}

/** Edges of the graph: each file to the files it imports (any kind of import, types included). */
export type Graph = Map<string, string[]>;

/** Every circle: the groups of two or more files that reach each other, and files importing themselves. Sorted, for stable messages. */
export function circles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(group.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** A circle as one line: its files joined by ↔. */
export function circleName(group: string[]): string {
  return group.join(' ↔ ');
}
