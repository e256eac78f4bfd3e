// Text encodings: UTF-16 with and without a BOM is read, a stray NUL is dropped with a warning, binary stays refused.
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { detectUtf16, looksBinary } from '../../src/extract/encoding.js';
import { sniffType } from '../../src/extract/sniff.js';

const RESUME = 'Ana Souza\nExperience\nEngineering Manager, Acme Ltd. — Jan 2019 – Present\nLed a team of 6 engineers: ranking models.\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

const BOM_LE = Buffer.from([0xff, 0xfe]);
const BOM_BE = Buffer.from([0xfe, 0xff]);

describe('text encodings', () => {
  const cases: [string, Buffer, string | undefined][] = [
    ['UTF-16LE with BOM', Buffer.concat([BOM_LE, Buffer.from(RESUME, 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without BOM', Buffer.from(RESUME, 'utf16le'), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([BOM_BE, utf16be(RESUME)]), 'utf-16be'],
    ['UTF-16BE without BOM', utf16be(RESUME), 'utf-16be'],
    ['UTF-8', Buffer.from(RESUME, 'utf8'), undefined],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RESUME, 'utf8')]), undefined],
    ['Latin-1', Buffer.from(RESUME.replace('—', '-'), 'latin1'), undefined],
  ];
  it.each(cases)('%s is read as the same lines', async (_name, bytes, utf16) => {
    expect(detectUtf16(bytes)).toBe(utf16);
    const doc = await extractBuffer(bytes, 'cv.txt');
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(text).toContain('Engineering Manager, Acme Ltd.');
    expect(text).toContain('Led a team of 6 engineers');
    expect(text).not.toContain('\uFEFF');
    expect(text).not.toContain('\0');
  });

  it('drops a single NUL byte with a warning instead of refusing the file', async () => {
    const bytes = Buffer.from(RESUME.replace('Experience', 'Exper\0ience'), 'utf8');
    const doc = await extractBuffer(bytes, 'cv.txt');
    expect(doc.lines.map((l) => l.text)).toContain('Experience');
    expect(doc.warnings.map((w) => w.code)).toContain('NUL_BYTES_DROPPED');
  });

  const binaries: [string, Buffer][] = [
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['zero-filled', Buffer.alloc(4096)],
    ['NUL every 8 bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 8 === 0 ? 0 : 0x41)))],
    ['16-bit data with zero words (zeros on both sides)', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 10 < 2 ? 0 : i % 2 === 1 ? 0 : 0x41)))],
  ];
  it.each(binaries)('still refuses %s as binary', (_name, bytes) => {
    expect(() => sniffType(bytes)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TYPE' }) as Error);
  });

  it('counts control bytes, not only NUL, when deciding binary', () => {
    expect(looksBinary(Buffer.from('plain text\twith tabs\r\n', 'utf8'))).toBe(false);
    expect(looksBinary(Buffer.from('a\x01b\x02c\x03d\x04e', 'utf8'))).toBe(true);
  });
});
