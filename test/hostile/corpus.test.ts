// The hostile-corpus generator makes what its manifest says: each attack is really in the file, and small on disk.
import { createReadStream } from 'node:fs';
import { lstat, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInflate, createInflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHostileCorpus, type Manifest } from '../tools/hostile.js';
import { ERROR_CODES } from '../../src/types.js';

let dir: string;
let manifest: Manifest;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-corpus-'));
  manifest = await generateHostileCorpus(dir);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const file = (id: string): Manifest['files'][number] => {
  const found = manifest.files.find((f) => f.id === id);
  if (!found) throw new Error(`no ${id} in the manifest`);
  return found;
};
const bytesOf = (id: string): Promise<Buffer> => readFile(join(manifest.inputDir, file(id).path));

/** Inflated size of a zlib or raw-deflate stream, counted while streaming (the bombs never sit in memory). */
function inflatedSize(source: Buffer, raw: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = raw ? createInflateRaw() : createInflate();
    let total = 0;
    inflate.on('data', (c: Buffer) => (total += c.length));
    inflate.on('end', () => resolve(total));
    inflate.on('error', reject);
    inflate.end(source);
  });
}

/** The first zip entry named `name`: its declared sizes and its compressed bytes (local header). */
function zipEntry(zip: Buffer, name: string): { declared: number; data: Buffer } {
  const at = zip.indexOf(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1')]), zip.indexOf(name) - 30 - 4);
  const nameLength = zip.readUInt16LE(at + 26);
  const extra = zip.readUInt16LE(at + 28);
  const compressed = zip.readUInt32LE(at + 18);
  const start = at + 30 + nameLength + extra;
  return { declared: zip.readUInt32LE(at + 22), data: zip.subarray(start, start + compressed) };
}

function pdfStream(pdf: Buffer, objectId: number): Buffer {
  const at = pdf.indexOf(`\n${objectId} 0 obj`);
  const start = pdf.indexOf('stream\n', at) + 'stream\n'.length;
  return pdf.subarray(start, pdf.indexOf('\nendstream', start));
}

describe('hostile corpus manifest', () => {
  it('has unique ids, an allowed outcome set and a reason for every file', () => {
    const ids = manifest.files.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const allowed = new Set<string>([...ERROR_CODES, 'text', 'SKIPPED']);
    for (const f of manifest.files) {
      expect(f.expect.length, f.id).toBeGreaterThan(0);
      for (const e of f.expect) expect(allowed.has(e), `${f.id}: ${e}`).toBe(true);
      expect(f.why.length, f.id).toBeGreaterThan(3);
    }
  });

  it('covers every attack the issue lists', () => {
    const required = ['h01', 'h02', 'h03', 'h04', 'h05', 'h06', 'h07', 'h08', 'h09', 'h10', 'h11', 'h20', 'h21', 'h22', 'h30', 'h31', 'h32', 'h33', 'h34', 'h35', 'h36', 'h37', 'h38', 'h39', 'h50', 'h51', 'h55', 'h57', 'h59', 'h60', 'h61', 'h62', 'h63', 'h64', 'h66', 'h71', 'h72', 'h74', 'h84', 'h85', 'h86', 'h87', 'h88', 'h89', 'h90', 'h91', 'h92'];
    const beyondTheIssue = ['h13', 'h14', 'h15', 'h16', 'h17', 'h18', 'h19', 'h23', 'h40', 'h41', 'h42', 'h43', 'h44', 'h80', 'h81', 'h83'];
    expect(manifest.files.map((f) => f.id)).toEqual(expect.arrayContaining([...required, ...beyondTheIssue]));
  });

  it('keeps every generated file small on disk except the 20 MB line (nothing large to commit or copy)', async () => {
    const sizes = await Promise.all(manifest.files.filter((f) => f.bytes > 0 && f.id !== 'h80' && !f.nameHex).map(async (f) => [f.id, (await lstat(join(manifest.inputDir, f.path))).size] as const));
    for (const [id, size] of sizes) expect(size, id).toBeLessThanOrEqual(id === 'h50' ? 20_000_000 : 8 * MIB);
  });

  it('writes a secret marker outside the input folder', async () => {
    const secret = manifest.secrets[0];
    expect(secret?.path.startsWith(manifest.inputDir)).toBe(false);
    expect((await readFile(secret?.path ?? '', 'utf8')).trim()).toBe(secret?.content);
  });
});

describe('hostile PDFs', () => {
  it('encrypts with AES-256 (V5/AESV3), RC4 (V2) and owner-password only', async () => {
    const aes = (await bytesOf('h20')).toString('latin1');
    expect(aes).toMatch(/\/Filter\s*\/Standard\s*\/V\s*5\s/);
    expect(aes).toMatch(/\/CFM\s*\/AESV3/);
    expect((await bytesOf('h21')).toString('latin1')).toMatch(/\/Filter\s*\/Standard\s*\/V\s*2\s/);
    expect((await bytesOf('h22')).toString('latin1')).toMatch(/\/Encrypt \d+ 0 R/);
  });

  it('makes a flate bomb of ~1 MiB that inflates to 1 GiB', async () => {
    const pdf = await bytesOf('h10');
    expect(pdf.length).toBeLessThan(2 * MIB);
    expect(await inflatedSize(pdfStream(pdf, 5), false)).toBeGreaterThanOrEqual(GIB);
  });

  it('loops /Prev between two xref sections', async () => {
    const text = (await bytesOf('h05')).toString('latin1');
    const prevs = [...text.matchAll(/\/Prev (\d+)/g)].map((m) => Number(m[1]));
    const xrefs = [...text.matchAll(/(?:^|\n)xref\n/g)].map((m) => (m.index ?? 0) + (m[0].startsWith('\n') ? 1 : 0));
    expect(prevs.sort()).toEqual(xrefs.sort());
  });

  it('puts a cycle and a huge /Count in the page tree, and 20,000 real pages in the big one', async () => {
    const cycle = (await bytesOf('h06')).toString('latin1');
    expect(cycle).toMatch(/2 0 obj\n<< \/Type \/Pages \/Kids \[4 0 R 6 0 R\] \/Count 2000000000/);
    expect(cycle).toMatch(/\/Kids \[2 0 R 6 0 R\]/);
    const many = (await bytesOf('h11')).toString('latin1');
    expect(many.match(/\/Type \/Page /g)?.length).toBe(20_000);
  });

  it('hides bombs from a byte-scanning pre-check: chained, indirect, escaped and far-away filters', async () => {
    expect((await bytesOf('h13')).toString('latin1')).toContain('/Filter [/FlateDecode /FlateDecode]');
    expect((await bytesOf('h14')).toString('latin1')).toMatch(/\/Filter 9 0 R[\s\S]*9 0 obj\n\/FlateDecode/);
    expect((await bytesOf('h15')).toString('latin1')).toContain('/Filter /Flat#65Decode');
    const far = (await bytesOf('h16')).toString('latin1');
    expect(far.indexOf('stream\n') - far.indexOf('/Filter /FlateDecode')).toBeGreaterThan(4000);
    expect((await bytesOf('h18')).toString('latin1')).toMatch(/\/Encrypt 9 0 R/);
  });

  it('nests 100,000 arrays and dictionaries', async () => {
    expect((await bytesOf('h08')).toString('latin1')).toContain('['.repeat(100_000));
    expect((await bytesOf('h09')).toString('latin1')).toContain('<< /A '.repeat(100_000));
  });
});

describe('hostile DOCX', () => {
  it('makes a one-entry bomb over 1 GiB with honest headers', async () => {
    const entry = zipEntry(await bytesOf('h32'), 'word/document.xml');
    expect(entry.declared).toBeGreaterThan(GIB);
    expect(await inflatedSize(entry.data, true)).toBe(entry.declared);
  });

  it('inflates to ~300 MiB of paragraphs', async () => {
    const entry = zipEntry(await bytesOf('h33'), 'word/document.xml');
    expect(await inflatedSize(entry.data, true)).toBeGreaterThan(300 * MIB);
  });

  it('declares 2,000 bytes for an entry that inflates to 512 MiB', async () => {
    const entry = zipEntry(await bytesOf('h34'), 'word/document.xml');
    expect(entry.declared).toBe(2000);
    expect(await inflatedSize(entry.data, true)).toBeGreaterThan(500 * MIB);
  });

  it('has 50,000 entries more than a DOCX needs', async () => {
    const zip = await bytesOf('h35');
    const end = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
    expect(zip.readUInt16LE(end + 10)).toBe(50_003);
  });

  it('links images to /etc/hostname and the secret file as external targets', async () => {
    const zip = await bytesOf('h39');
    const rels = zipEntry(zip, 'word/_rels/document.xml.rels');
    const { inflateRawSync } = await import('node:zlib');
    const text = inflateRawSync(rels.data).toString('utf8');
    expect(text).toContain('Target="file:///etc/hostname" TargetMode="External"');
    expect(text).toContain(`Target="file://${manifest.secrets[0]?.path}" TargetMode="External"`);
  });
});

describe('names and folders', () => {
  it('writes a name that is not UTF-8', async () => {
    const f = file('h66');
    const raw = Buffer.from(f.nameHex ?? '', 'hex');
    expect(raw.toString('utf8')).toContain('\ufffd');
    const names = await readdir(Buffer.from(manifest.inputDir), { encoding: 'buffer' });
    expect(names.some((n) => n.equals(raw))).toBe(true);
  });

  it('makes symlink loops that stat refuses, and a chmod 000 file', async () => {
    const folder = join(manifest.inputDir, 'h70-folder');
    await expect(stat(join(folder, 'h72-loop-a.pdf'))).rejects.toMatchObject({ code: 'ELOOP' });
    expect((await lstat(join(folder, 'h71-self-loop'))).isSymbolicLink()).toBe(true);
    expect((await stat(join(folder, 'h74-unreadable.txt'))).mode & 0o777).toBe(0);
  });

  it('writes one 20,000,000-byte line', async () => {
    const stream = createReadStream(join(manifest.inputDir, file('h50').path));
    let newlines = 0;
    let size = 0;
    for await (const chunk of stream) {
      const b = chunk as Buffer;
      size += b.length;
      newlines += b.includes(0x0a) ? 1 : 0;
    }
    expect([size, newlines]).toEqual([20_000_000, 0]);
  });
});
