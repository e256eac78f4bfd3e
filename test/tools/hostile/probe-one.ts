// Child side of the probe: extract one file with the current src/extract and print a summary as one JSON line.
// Never prints résumé text: only counts, codes and the first characters' shape.
import { readFile } from 'node:fs/promises';
import { extractBuffer, extractFile } from '../../../src/extract/index.js';
import { ScreenError } from '../../../src/types.js';

async function probe(path: string, pathHex: string | undefined): Promise<Record<string, unknown>> {
  try {
    const doc = pathHex
      ? await extractBuffer(await readFile(Buffer.from(pathHex, 'hex')), path)
      : await extractFile(path);
    const chars = doc.lines.reduce((n, l) => n + l.text.length, 0);
    return { outcome: 'text', lines: doc.lines.length, chars, pages: doc.pages, warnings: doc.warnings.map((w) => w.code), joined: doc.lines.map((l) => l.text).join('\n') };
  } catch (err) {
    if (err instanceof ScreenError) return { outcome: err.code, data: err.data };
    const e = err instanceof Error ? err : new Error(String(err));
    return { outcome: 'THREW', name: e.name, message: e.message.slice(0, 200) };
  }
}

// argv cannot carry a non-UTF-8 name: the parent sends the whole path's bytes in hex instead.
const [path, pathHex] = process.argv.slice(2);
const result = await probe(path ?? '', pathHex || undefined);
process.stdout.write(`\n@@PROBE@@${JSON.stringify(result)}\n`);
process.exit(0);
