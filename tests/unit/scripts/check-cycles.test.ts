import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { findCycles, importGraph } from '../../../scripts/check-cycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds none in a tree or a diamond', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
  });

  it('reports a two-file cycle as a path back to its first file', () => {
    expect(findCycles(graph({ a: ['b'], b: ['a'], c: ['a'] }))).toEqual([['a', 'b', 'a']]);
  });

  it('reports each strongly connected component once, and a file importing itself', () => {
    const cycles = findCycles(graph({ a: ['b'], b: ['c'], c: ['a'], x: ['y'], y: ['x'], s: ['s'] }));
    expect(cycles).toEqual([
      ['a', 'b', 'c', 'a'],
      ['s', 's'],
      ['x', 'y', 'x'],
    ]);
  });
});

describe('importGraph', () => {
  it('counts type-only, re-export and aliased imports, and ignores packages and assets', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cycles-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(path.join(root, 'lib/x'), { recursive: true });
    writeFileSync(
      path.join(root, 'lib/x/a.ts'),
      "import type { B } from './b';\nimport z from 'zod';\nexport const a = 1;\n",
    );
    writeFileSync(path.join(root, 'lib/x/b.ts'), "export { a } from '@/lib/x/a';\nimport css from './b.css?inline';\n");
    const g = importGraph(root);
    expect(g.get('lib/x/a.ts')).toEqual(['lib/x/b.ts']);
    expect(g.get('lib/x/b.ts')).toEqual(['lib/x/a.ts']);
    expect(findCycles(g)).toEqual([['lib/x/a.ts', 'lib/x/b.ts', 'lib/x/a.ts']]);
  });
});
