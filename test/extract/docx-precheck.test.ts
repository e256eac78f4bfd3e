// The DOCX pre-check's per-part cap and DTD refusal, decided by a part's bytes and not its name (mammoth reads
// its main document wherever `_rels/.rels` points): a case table of what it refuses and what it lets through.
import { describe, expect, it } from 'vitest';
import { precheckDocx } from '../../src/extract/docx/precheck.js';
import { ScreenError } from '../../src/types.js';
import { dtdScanner } from '../../src/extract/zip.js';
import { makeDocx, makeZip, para } from './build.js';

const LIMITS = { maxDocxEntries: 100, maxDocxInflatedBytes: 10_000_000, maxDocxPartBytes: 1_000_000 };
const BASE = makeDocxEntries();

/** The parts of a small valid DOCX, to add hostile parts to. */
function makeDocxEntries(): Record<string, string> {
  return {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
  };
}

const flood = (n: number) => `<?xml version="1.0"?><w:document><w:body>${'<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(n)}</w:body></w:document>`;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (bytes: number) => Uint8Array.from([...PNG, ...new Uint8Array(bytes)]);
const DTD = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "x">]><d>&x;</d>';

function outcome(zip: Uint8Array): string {
  try {
    precheckDocx(zip, LIMITS);
    return 'ok';
  } catch (error) {
    if (error instanceof ScreenError) return `${error.code}:${String(error.data.what ?? error.data.reason)}`;
    throw error;
  }
}

describe('precheckDocx refuses', () => {
  it.each<[string, Record<string, string | Uint8Array>, string]>([
    ['a document.xml flood over the per-part cap (under the total)', { 'word/document.xml': flood(40_000) }, 'TOO_LARGE:docx-part'],
    ['the same flood under a name that looks like a picture', { 'word/media/image1.png': flood(40_000) }, 'TOO_LARGE:docx-part'],
    ['a flood that starts with a megabyte of white space', { 'word/main.bin': `${' '.repeat(1_200_000)}<d/>` }, 'TOO_LARGE:docx-part'],
    ['a DTD in a part not named .xml', { 'word/main.bin': DTD }, 'CORRUPT:xml-dtd'],
    ['a DTD in a picture', { 'word/media/image1.png': DTD }, 'CORRUPT:xml-dtd'],
    ['parts that add up past the total', { 'word/media/a.png': png(6_000_000), 'word/media/b.png': png(6_000_000) }, 'TOO_LARGE:docx-inflated'],
  ])('%s', (_name, parts, expected) => {
    expect(outcome(makeZip({ ...BASE, ...parts }))).toBe(expected);
  });
});

describe('precheckDocx lets through', () => {
  it.each<[string, Record<string, string | Uint8Array>]>([
    ['a picture over the per-part cap (binary), under the total', { 'word/media/image1.png': png(3_000_000) }],
    ['a document a little under the per-part cap', { 'word/document.xml': flood(25_000) }],
  ])('%s', (_name, parts) => {
    expect(outcome(makeZip({ ...BASE, ...parts }))).toBe('ok');
  });

  it('a real DOCX', () => {
    expect(outcome(makeDocx([para('Engineering Manager, Northwind'), para('2019 – present')]))).toBe('ok');
  });
});

describe('the DTD scan sees a marker however the inflater cuts the part', () => {
  const text = `${'x'.repeat(40)}<!DOCTYPE d>${'y'.repeat(40)}`;
  it.each([1, 2, 3, 5, 8, 9, 10, 17, 64])('chunks of %i bytes', (size) => {
    const scan = dtdScanner();
    const bytes = Buffer.from(text, 'latin1');
    let seen = false;
    for (let at = 0; at < bytes.length; at += size) seen = scan(bytes.subarray(at, at + size)) || seen;
    expect(seen).toBe(true);
  });
  it.each([1, 4, 9, 64])('and nothing in a part without one (chunks of %i)', (size) => {
    const scan = dtdScanner();
    const bytes = Buffer.from(`${'<!DOCTYP '.repeat(5)}<!ENTIT Y <!doctype`, 'latin1');
    let seen = false;
    for (let at = 0; at < bytes.length; at += size) seen = scan(bytes.subarray(at, at + size)) || seen;
    expect(seen).toBe(false);
  });
});
