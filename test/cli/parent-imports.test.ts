// What the CLI process loads before `score` hands its first file to a child: the command line, the rubric from its
// cache, the pool and the report's wording. One-off `score one.pdf` waits for it, and the reading code (matchers, RE2,
// the stemmer, the readers) runs only in the children, so none of it may be in that graph.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const ROOTS = ['cli/index.ts', 'cli/run/score.ts'];
const NOT_IN_PARENT = ['re2js', 'natural', 'pdf-parse', 'mammoth', 'fflate', 'tesseract.js', '@napi-rs/canvas'];
const READING_FOLDERS = ['match/', 'profile/', 'extract/pdf/', 'extract/docx/'];

/** Modules and packages reached from the roots through static imports (type-only imports are erased). */
function staticGraph(): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    const rel = file.slice(SRC.length + 1);
    if (modules.has(rel)) return;
    modules.add(rel);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
    }
  };
  for (const root of ROOTS) visit(resolve(SRC, root));
  return { modules, packages };
}

describe('the CLI process before the first file', () => {
  const { modules, packages } = staticGraph();
  it('reaches the command line and the pool', () => {
    expect(modules.has('cli/run/score.ts')).toBe(true);
    expect(modules.has('run/pool.ts')).toBe(true);
  });
  it.each(NOT_IN_PARENT)('never loads %s', (name) => {
    expect(packages.has(name)).toBe(false);
  });
  it.each(READING_FOLDERS)('never loads the reading code in src/%s', (folder) => {
    expect([...modules].filter((m) => m.startsWith(folder))).toEqual([]);
  });
});
