// The zip pre-check inflates an entry with zlib in one call when it fits both caps, and chunk by chunk otherwise.
// Both paths must give the same outcome (the same refusal code, or the same kept parts byte for byte) on every
// hostile case and on every real DOCX the project has — the one-call path is only a faster way to the same answer.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precheckDocx } from '../../src/extract/docx/precheck.js';
import { ScreenError } from '../../src/types.js';
import { makeDocx, makeZip, para } from './build.js';

const LIMITS = { maxDocxEntries: 100, maxDocxInflatedBytes: 10_000_000, maxDocxPartBytes: 1_000_000 };
const BASE: Record<string, string | Uint8Array> = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
  '_rels/.rels': '<?xml version="1.0"?><Relationships/>',
  'word/document.xml': '<?xml version="1.0"?><w:document><w:body/></w:document>',
};
const flood = (n: number) => `<?xml version="1.0"?><w:document><w:body>${'<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(n)}</w:body></w:document>`;
const png = (bytes: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(bytes)]);
const DTD = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "x">]><d>&x;</d>';

/** A zip whose `word/document.xml` entry holds `stream` as its deflated bytes (sizes patched to match). */
function withRawEntry(stream: Uint8Array): Uint8Array {
  const placeholder = 'P'.repeat(stream.length);
  const zip = makeZip({ ...BASE, 'word/document.xml': placeholder }, 0);
  const at = Buffer.from(zip).indexOf(placeholder);
  const out = Uint8Array.from(zip);
  out.set(stream, at);
  // Method 8 (deflate) in the local header and the central directory entry of that part.
  const view = new DataView(out.buffer);
  for (let p = 0; p + 4 <= out.length; p++) {
    const sig = view.getUint32(p, true);
    const nameAt = sig === 0x04034b50 ? p + 30 : sig === 0x02014b50 ? p + 46 : -1;
    if (nameAt < 0 || Buffer.from(out.subarray(nameAt, nameAt + 17)).toString('latin1') !== 'word/document.xml') continue;
    view.setUint16(p + (sig === 0x04034b50 ? 8 : 10), 8, true);
  }
  return out;
}

function outcome(zip: Uint8Array, streamOnly: boolean): string {
  try {
    const checked = precheckDocx(zip, LIMITS, { streamOnly });
    const parts = [...checked.parts].map(([name, text]) => `${name}:${text.length}:${text}`);
    const xml = [...checked.names].sort().map((n) => `${n}:${Buffer.from(checked.read(n) ?? []).toString('base64')}`);
    return `ok\n${parts.join('\n')}\n${xml.join('\n')}`;
  } catch (error) {
    if (error instanceof ScreenError) return `${error.code}:${String(error.data.what ?? error.data.reason)}`;
    throw error;
  }
}

const document = deflateRawSync(Buffer.from(flood(50)));
const cases: Array<[string, Uint8Array, string]> = [
  ['a part over the per-part cap', makeZip({ ...BASE, 'word/document.xml': flood(40_000) }), 'TOO_LARGE:docx-part'],
  ['a flood named like a picture', makeZip({ ...BASE, 'word/media/image1.png': flood(40_000) }), 'TOO_LARGE:docx-part'],
  ['white space before a flood', makeZip({ ...BASE, 'word/main.bin': `${' '.repeat(1_200_000)}<d/>` }), 'TOO_LARGE:docx-part'],
  ['a DTD in a picture', makeZip({ ...BASE, 'word/media/image1.png': DTD }), 'CORRUPT:xml-dtd'],
  ['parts past the total', makeZip({ ...BASE, 'word/media/a.png': png(6_000_000), 'word/media/b.png': png(6_000_000) }), 'TOO_LARGE:docx-inflated'],
  ['a picture over the part cap, under the total', makeZip({ ...BASE, 'word/media/image1.png': png(3_000_000) }), 'ok'],
  ['a document under the part cap', makeZip({ ...BASE, 'word/document.xml': flood(25_000) }), 'ok'],
  ['stored entries (method 0)', makeZip({ ...BASE, 'word/document.xml': flood(100) }, 0), 'ok'],
  ['a truncated deflate stream', withRawEntry(document.subarray(0, document.length >> 1)), 'CORRUPT:bad-deflate-stream'],
  ['bytes overwritten inside a stream that still decodes (same bytes out)', withRawEntry(Uint8Array.from(document).fill(0xff, 20, 40)), 'ok'],
  ['a real DOCX', makeDocx([para('Engineering Manager, Northwind'), para('2019 – present')]), 'ok'],
];

describe('one-call and streaming inflate agree', () => {
  it.each(cases)('%s', (_name, zip, expected) => {
    const fast = outcome(zip, false);
    expect(fast).toBe(outcome(zip, true));
    expect(fast.split('\n')[0]).toBe(expected);
  });

  it('on every DOCX fixture, byte for byte', () => {
    const files = ['fixtures/resumes', 'fixtures/formats', 'fixtures/zoo/libreoffice', 'fixtures/zoo/pandoc'].flatMap((dir) =>
      readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const zip = readFileSync(file);
      expect(outcome(zip, false), file).toBe(outcome(zip, true));
    }
  });
});
