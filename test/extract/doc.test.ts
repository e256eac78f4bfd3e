// The legacy Word (.doc) reader beyond the twins (formats.test.ts): damaged and password-protected files each give
// one stable code, and an OLE2 file that is another Office format is refused as such.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { ScreenError } from '../../src/types.js';

const DOC = readFileSync('fixtures/formats/priya-okonjo.doc');

/** The FIB (start of the WordDocument stream): its magic 0xA5EC at a sector boundary. */
function fibOffset(doc: Buffer): number {
  for (let at = 512; at + 2 <= doc.length; at += 512) if (doc.readUInt16LE(at) === 0xa5ec) return at;
  throw new Error('no FIB');
}

async function outcome(bytes: Uint8Array, name = 'cv.doc'): Promise<string> {
  try {
    return `text:${(await extractBuffer(bytes, name)).lines.length}`;
  } catch (error) {
    if (error instanceof ScreenError) return `${error.code}:${String(error.data.reason ?? error.data.kind ?? error.data.detected)}`;
    throw error;
  }
}

describe('.doc files', () => {
  it('the fixture itself reads', async () => {
    expect(await outcome(DOC)).toBe('text:24');
  });

  it.each([0.1, 0.5, 0.9])('cut to %s of its length → CORRUPT', async (share) => {
    expect(await outcome(DOC.subarray(0, Math.floor(DOC.length * share)))).toBe('CORRUPT:unreadable-document');
  });

  it('with the FIB flag fEncrypted set → ENCRYPTED, before any text is read', async () => {
    const locked = Buffer.from(DOC);
    const at = fibOffset(locked) + 0x0a;
    locked.writeUInt16LE(locked.readUInt16LE(at) | 0x0100, at);
    expect(await outcome(locked)).toBe('ENCRYPTED:doc');
  });

  it('with its Word stream overwritten by garbage → CORRUPT', async () => {
    const broken = Buffer.from(DOC);
    broken.fill(0x5a, fibOffset(broken), fibOffset(broken) + 1024);
    expect(await outcome(broken)).toBe('CORRUPT:unreadable-document');
  });

  it('an OLE2 Excel workbook named .doc is refused as another type', async () => {
    const xls = Buffer.concat([DOC.subarray(0, 512), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(512)]);
    expect(await outcome(xls)).toBe('UNSUPPORTED_TYPE:ole');
  });
});
