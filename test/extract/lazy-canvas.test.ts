// Reading a text PDF never loads @napi-rs/canvas (Skia: ~70 ms and ~28 MB a child); rendering a page for OCR does,
// and pdf.js's DOMMatrix/Path2D/ImageData are then the package's own. Run in a fresh process: the module cache of a
// test worker may already hold the package.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(script: string): string {
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout.trim();
}

const LOADED = `Object.keys((await import('node:module')).createRequire(import.meta.url).cache).some((k) => k.includes('@napi-rs'))`;

describe('@napi-rs/canvas loads only when a page is rendered', () => {
  it('a text PDF is read without it, and DOMMatrix then comes from it on first use', () => {
    const out = run(`
      import { readFileSync } from 'node:fs';
      const { extractBuffer, DEFAULT_EXTRACT_OPTIONS } = await import('./src/extract/index.ts');
      const doc = await extractBuffer(readFileSync('fixtures/resumes/ahmed-hassan.pdf'), 'a.pdf', { ...DEFAULT_EXTRACT_OPTIONS, ocr: 'never' });
      const before = ${LOADED};
      const m = new globalThis.DOMMatrix([2, 0, 0, 2, 0, 0]);
      const real = (await import('@napi-rs/canvas')).DOMMatrix;
      console.log(JSON.stringify({ lines: doc.lines.length, before, after: ${LOADED}, a: m.a, same: globalThis.DOMMatrix === real }));
    `);
    expect(JSON.parse(out)).toEqual({ lines: expect.any(Number), before: false, after: true, a: 2, same: true });
    expect(JSON.parse(out).lines).toBeGreaterThan(10);
  }, 90_000);
});
