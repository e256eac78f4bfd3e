// What a child process loads before it says it is ready: the worker and the three stages it imports at start.
// One-off `score one.pdf` waits for all of it, so the heavy packages must stay out of that graph: zod and yaml
// (the parent validates the rubric and sends it), the terminal formatters, and the readers of a format the batch may
// not contain (each reader of src/extract/formats.ts loads on the first file of its format: pdf-parse, mammoth,
// word-extractor, rtf-stream-parser, the zip pre-check's fflate; the OCR engine and its canvas on the first scan).
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorker } from '../../src/run/child-args.js';

const SRC = resolve(import.meta.dirname, '../../src');
const ROOTS = ['run/worker.ts', 'extract/index.ts', 'profile/index.ts', 'score/index.ts'];
const NOT_AT_START = ['zod', 'yaml', 'chalk', 'cli-table3', 'commander', 'pdf-parse', 'mammoth', 'word-extractor', 'rtf-stream-parser', 'fflate', 'tesseract.js', '@napi-rs/canvas'];

/**
 * Static imports and re-exports that load a module (`import type` / `export type` are erased; an import of types
 * only, written `import { type A }`, is kept by verbatimModuleSyntax and so counts).
 */
export function staticImports(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

/** Every package reached from the roots through static imports, with one importing file each. */
function packagesAtStart(): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
        if (!packages.has(name)) packages.set(name, file.slice(SRC.length + 1));
      }
    }
  };
  for (const root of ROOTS) visit(resolve(SRC, root));
  return packages;
}

describe('child start-up imports', () => {
  it('reads the import forms it must and skips the erased ones', () => {
    const cases: Array<[string, string[]]> = [
      ["import { z } from 'zod';", ['zod']],
      ["import type { Rubric } from '../rubric/index.js';", []],
      ["export type { Kind } from './kind.js';", []],
      ["import { type A } from 'x';", ['x']],
      ["export { scoreProfile } from './score.js';", ['./score.js']],
      ["import 'side-effect';", ['side-effect']],
      ["import {\n  a,\n  b,\n} from 'multi';", ['multi']],
      ["const m = await import('mammoth');", []],
    ];
    for (const [source, expected] of cases) expect({ source, got: staticImports(source) }).toEqual({ source, got: expected });
  });

  it('loads none of the heavy or format-specific packages', () => {
    const packages = packagesAtStart();
    const offenders = NOT_AT_START.filter((p) => packages.has(p)).map((p) => `${p} (via ${packages.get(p)})`);
    expect(offenders).toEqual([]);
    // The graph really was walked: the profile stage's pattern engine is imported statically.
    expect(packages.has('re2js')).toBe(true);
  });
});

describe('the built child, as started for a batch or a one-off', () => {
  // The bundled child (dist/run/worker.bundle.cjs) requires its packages where its modules are first run: a module
  // esbuild could not keep lazy would load its package at start. Checked at run time: the packages in the child's
  // module cache when it says it is ready.
  it('has none of the heavy or format-specific packages loaded when it is ready', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-child-start-'));
    const preload = join(dir, 'loaded.cjs');
    writeFileSync(
      preload,
      `const send = process.send.bind(process);
const bundled = () => (globalThis[Symbol.for('resume-screen.code-cache')]?.compiled ?? []).some((c) => c.group === 'child');
process.send = (m, ...rest) => send(m && m.type === 'ready' ? { ...m, loaded: Object.keys(require.cache), bundled: bundled() } : m, ...rest);`,
    );
    // The flags a child gets (run/child-args.ts), without the TypeScript loader the tests' own children use.
    const { execArgv } = defaultWorker();
    const flags = execArgv[0] === '--import' ? execArgv.slice(2) : execArgv;
    const launcher = resolve(import.meta.dirname, '../../dist/run/child-launch.js');
    const child = fork(launcher, [], { execArgv: [...flags, '--require', preload], stdio: 'ignore' });
    const ready = await new Promise<{ loaded: string[]; bundled: boolean }>((done, fail) => {
      child.once('message', (m: { loaded: string[]; bundled: boolean }) => done(m));
      child.once('exit', (code) => fail(new Error(`child exited ${code}`)));
    });
    child.kill();
    expect(ready.bundled, 'the child ran the bundle (npm run build made it)').toBe(true);
    const loaded = ready.loaded;
    const packages = new Set(loaded.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean));
    expect(NOT_AT_START.filter((p) => packages.has(p))).toEqual([]);
    expect(packages.has('re2js'), 'the profile stage was loaded').toBe(true);
  }, 30_000);
});
