// A DOCX is inflated once: the pre-check's inflated XML parts are what mammoth reads (through the `{ file }` zip
// object its openZip accepts), so JSZip never opens the file; and the text is the same as mammoth reading the bytes.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractDocx } from '../../src/extract/docx/index.js';
import { DEFAULT_EXTRACT_OPTIONS } from '../../src/extract/index.js';

const require = createRequire(import.meta.url);
const JSZip = require('jszip') as { loadAsync: (...args: unknown[]) => Promise<unknown> };
const mammoth = require('mammoth') as { convertToHtml: (input: { buffer: Buffer }, options?: object) => Promise<{ value: string }> };

const DIR = join(__dirname, '../../fixtures/resumes');
const DOCX = readdirSync(DIR).filter((f) => f.endsWith('.docx')).slice(0, 6);

afterEach(() => vi.restoreAllMocks());

describe('one inflate per DOCX', () => {
  it('mammoth never opens the zip itself', async () => {
    expect(DOCX.length).toBeGreaterThan(3);
    const spy = vi.spyOn(JSZip, 'loadAsync');
    for (const f of DOCX) {
      const doc = await extractDocx(readFileSync(join(DIR, f)), DEFAULT_EXTRACT_OPTIONS);
      expect(doc.pages[0]?.lines.length).toBeGreaterThan(5);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it.each(DOCX)('%s: the same body text as mammoth reading the bytes itself', async (f) => {
    const bytes = readFileSync(join(DIR, f));
    const doc = await extractDocx(bytes, DEFAULT_EXTRACT_OPTIONS);
    const own = (await mammoth.convertToHtml({ buffer: bytes })).value;
    // Every paragraph mammoth finds on its own is in our text (ours adds header/footer lines and applies caps).
    const paragraphs = [...own.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').trim()).filter(Boolean);
    // Letters and digits only: our lines normalise dashes and spacing.
    const flat = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const ours = flat(doc.pages.flatMap((p) => p.lines).join('\n'));
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(ours.includes(flat(p)), p).toBe(true);
  });
});
