// pdf.js compiled through V8's code cache (src/extract/pdf/code-cache.ts): a first process compiles it and saves the
// cache, a second one compiles from that cache, a damaged cache is refused by V8 and replaced, and the text read is
// the same every time. Each run is a fresh Node process with its own TMPDIR (the cache is per user, in the temp dir).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { makePdf } from './build.js';

vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const src = (path: string): string => pathToFileURL(join(ROOT, 'src', path)).href;

interface Run {
  compiled: number;
  fromCache: number;
  text: string;
}

/** Reads `pdf` in a new Node process whose temp dir is `tmp`. */
function readInNewProcess(pdf: string, tmp: string): Run {
  const script = join(tmp, 'read.mts');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
const { extractBuffer } = await import(${JSON.stringify(src('extract/index.ts'))});
const { codeCacheState } = await import(${JSON.stringify(src('extract/pdf/code-cache.ts'))});
const doc = await extractBuffer(readFileSync(${JSON.stringify(pdf)}), 'cv.pdf');
process.stdout.write(JSON.stringify({ ...codeCacheState(), text: doc.lines.map((l) => l.text).join('\\n') }));
`,
  );
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' });
  return JSON.parse(out) as Run;
}

const cacheFiles = (tmp: string): string[] =>
  readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cache')).map((f) => join(tmp, f));

describe('pdf.js code cache', () => {
  it('first process compiles and saves, the next compiles from the cache, a damaged cache is replaced', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'code-cache-'));
    const pdf = join(tmp, 'cv.pdf');
    writeFileSync(pdf, await makePdf((d) => d.fontSize(12).text('Ilse Brandt — Engineering Manager, Recommendations')));

    const first = readInNewProcess(pdf, tmp);
    expect(first).toMatchObject({ compiled: 2, fromCache: 0 });
    expect(first.text).toContain('Ilse Brandt — Engineering Manager, Recommendations');
    const files = cacheFiles(tmp);
    expect(files).toHaveLength(2);

    const second = readInNewProcess(pdf, tmp);
    expect(second).toEqual({ ...first, fromCache: 2 });

    // Bytes V8 does not recognise: refused, compiled from source, and written again.
    for (const file of files) writeFileSync(file, Buffer.alloc(4096, 7));
    const damaged = readInNewProcess(pdf, tmp);
    expect(damaged).toEqual({ ...first, fromCache: 0 });
    expect(files.map((f) => readFileSync(f).equals(Buffer.alloc(4096, 7)))).toEqual([false, false]);
    expect(readInNewProcess(pdf, tmp)).toEqual({ ...first, fromCache: 2 });
  });

  it('no usable cache folder (its name is taken by a file): pdf.js still loads and reads', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'code-cache-'));
    const pdf = join(tmp, 'cv.pdf');
    writeFileSync(pdf, await makePdf((d) => d.fontSize(12).text('Ilse Brandt')));
    writeFileSync(join(tmp, `resume-screen-${process.getuid?.() ?? 0}`), 'not a folder');
    const run = readInNewProcess(pdf, tmp);
    expect(run).toMatchObject({ compiled: 2, fromCache: 0 });
    expect(run.text).toContain('Ilse Brandt');
    expect(cacheFiles(tmp)).toEqual([]);
  });
});
