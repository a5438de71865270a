import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * No import circle in lib/: every module can be read (and tested) from its imports down. Type-only
 * imports count too: a circle of types is still two modules that can't be understood apart.
 */

const root = resolve(__dirname, '../..');
const lib = join(root, 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const specifierPattern = /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules `file` imports, as absolute paths; packages are left out. */
function importsOf(file: string, text: string): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(specifierPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
    if (!base) continue;
    const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
    const found = candidates.find((candidate) => {
      try {
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
    if (found) targets.push(found);
  }
  return targets;
}

/** Every circle, each once, as the list of files going round it. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') found.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('import circles', () => {
  it('finds a circle, a self-import and a longer ring, and none in a tree', () => {
    const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(circles(graph({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b']]);
    expect(circles(graph({ a: ['a'] }))).toEqual([['a']]);
    expect(circles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(circles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('reads imports, re-exports, type imports and dynamic imports', () => {
    const text = `import { a } from './a';\nimport type { B } from "../lib/b";\nexport * from './c';\nexport { d } from '@/lib/d';\nconst e = () => import('./e');\nimport 'zod';`;
    const file = join(lib, 'x', 'y.ts');
    const seen: string[] = [];
    for (const match of text.matchAll(specifierPattern)) seen.push(match[1] ?? match[2] ?? match[3]!);
    expect(seen).toEqual(['./a', '../lib/b', './c', '@/lib/d', './e', 'zod']);
    expect(importsOf(file, "import { ok } from '../result';")).toEqual([join(lib, 'result.ts')]);
  });

  it('lib/ has none', () => {
    const graph = new Map(sourceFiles(lib).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
    expect(graph.size).toBeGreaterThan(50);
    const found = circles(graph).map((ring) => [...ring, ring[0]].map((file) => relative(root, file!)).join(' → '));
    expect(found).toEqual([]);
  });
});
