/**
 * Fails when any of our modules import each other in a cycle, type-only imports included
 * (`import type` cycles are how one module's types leak into another's concerns). ESLint's
 * import-x/no-cycle skips type-only imports, hence this script.
 *
 *   npx tsx scripts/check-cycles.ts        # prints each cycle, exits 1 when there is one
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOTS = ['entrypoints', 'components', 'lib', 'scripts', 'tests'];
const SOURCE = /\.(?:ts|tsx|mts|mjs)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Every source file under the project's code folders, relative to `root`. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = path.join(dir, name);
      if (name === 'node_modules' || name === 'fixtures') continue;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const r of ROOTS) if (existsSync(path.join(root, r))) walk(r);
  return out.sort();
}

/** A specifier as written → a project file, or null (packages, assets, virtual modules). */
function resolve(root: string, from: string, spec: string): string | null {
  const bare = spec.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/') || bare.startsWith('~/')) base = bare.slice(2);
  else if (bare.startsWith('.')) base = path.join(path.dirname(from), bare);
  else return null;
  const stem = base.replace(/\.js$/, '');
  for (const ext of EXTENSIONS) {
    const candidate = path.normalize(stem + ext);
    if (SOURCE.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  }
  return null;
}

/** Each file → the project files it imports (static, dynamic and type-only imports alike). */
export function importGraph(root: string, files = sourceFiles(root)): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const deps = info.importedFiles.flatMap((f) => resolve(root, file, f.fileName) ?? []);
    graph.set(file, [...new Set(deps)].sort());
  }
  return graph;
}

/**
 * The import cycles of a graph: one per strongly connected component of two or more files (or a
 * file importing itself), each as a path that starts and ends at its first file.
 */
export function findCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative so that deep graphs cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1]!;
      const edges = graph.get(top.node) ?? [];
      if (top.edge < edges.length) {
        const to = edges[top.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== top.node);
      const selfLoop = (graph.get(top.node) ?? []).includes(top.node);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  }
  return components.map((c) => cyclePath(graph, new Set(c), c[0]!)).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A shortest way from `first` back to itself inside one component (breadth first). */
function cyclePath(graph: ImportGraph, members: ReadonlySet<string>, first: string): string[] {
  const prev = new Map<string, string>();
  const queue = [first];
  while (queue.length) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === first) {
        const way: string[] = [];
        for (let at: string | undefined = node; at !== undefined && at !== first; at = prev.get(at)) way.unshift(at);
        return [first, ...way, first];
      }
      if (!prev.has(to)) {
        prev.set(to, node);
        queue.push(to);
      }
    }
  }
  return [first, first];
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const graph = importGraph(root);
  const cycles = findCycles(graph);
  for (const c of cycles) console.error(`import cycle: ${c.join(' → ')}`);
  if (cycles.length) {
    console.error(`${cycles.length} import cycle(s); move what both sides need into a module of its own.`);
    process.exit(1);
  }
  console.log(`no import cycles in ${graph.size} files`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
