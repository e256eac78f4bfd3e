// Text, empty and mislabelled files, hostile file names, and a folder with a symlink loop and an unreadable file.
import { chmod, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseContext } from './manifest.js';
import { docx } from './docx-cases.js';
import { buildPdf, simpleDocument } from './pdf-raw.js';
import { RESUME_LINES, resumeText } from './text.js';

const TWENTY_MB = 20_000_000;

export async function writeMiscCases(ctx: CaseContext, notes: string[]): Promise<void> {
  const pdf = buildPdf(simpleDocument([RESUME_LINES]));
  const docxBytes = docx(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${RESUME_LINES.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);

  await ctx.add({ id: 'h50', path: 'h50-20mb-one-line.txt', expect: ['text', 'TOO_LARGE'], warnings: ['TEXT_CAP'], why: 'one 20,000,000-byte line: at the default 20 MB size cap it is read and cut (TEXT_CAP); a lower --max-bytes refuses it' }, oneLongLine(TWENTY_MB));
  await ctx.add({ id: 'h51', path: 'h51-empty.pdf', expect: ['EMPTY'], why: '0 bytes' }, Buffer.alloc(0));
  await ctx.add({ id: 'h52', path: 'h52-empty.docx', expect: ['EMPTY'], why: '0 bytes' }, Buffer.alloc(0));
  await ctx.add({ id: 'h53', path: 'h53-empty.txt', expect: ['EMPTY'], why: '0 bytes' }, Buffer.alloc(0));
  await ctx.add({ id: 'h54', path: 'h54-whitespace-only.txt', expect: ['EMPTY'], why: 'only spaces, tabs, newlines, zero-width and no-break spaces' }, ' \t\n\u200b\u00a0\r\n\n   \n');
  await ctx.add({ id: 'h55', path: 'h55-docx-named.pdf', expect: ['text'], warnings: ['EXTENSION_MISMATCH'], why: 'a real DOCX named .pdf: typed by magic bytes, read as DOCX' }, docxBytes);
  await ctx.add({ id: 'h56', path: 'h56-pdf-named.docx', expect: ['text'], warnings: ['EXTENSION_MISMATCH'], why: 'a real PDF named .docx' }, pdf);
  await ctx.add({ id: 'h57', path: 'h57-png-named.pdf', expect: ['UNSUPPORTED_TYPE'], why: 'PNG signature named .pdf' }, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256)]));
  await ctx.add({ id: 'h58', path: 'h58-legacy-doc-named.docx', expect: ['CORRUPT'], why: 'an OLE2 (legacy .doc) signature and nothing else, named .docx: typed as .doc by its bytes, which fail to read' }, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  await ctx.add({ id: 'h59', path: 'h59-pdf-named.jpg', expect: ['SKIPPED', 'text'], why: 'a PDF named .jpg in a folder walk: skipped by extension, or read by its magic bytes' }, pdf);

  // Hostile names: each must come back as its own row, with the name intact in JSON and not run as a CSV formula.
  const names: Array<[string, string]> = [
    ['h60', 'h60 name with spaces.txt'],
    ['h61', 'h61-new\nline.txt'],
    ['h62', `h62-"double" and 'single' quotes.txt`],
    ['h63', '-h63-leading-dash.txt'],
    ['h64', "=cmd|' calc'!A0-h64.txt"],
    ['h65', '--help h65.txt'],
  ];
  for (const [id, name] of names) await ctx.add({ id, path: name, expect: ['text'], why: 'hostile file name; the content is an ordinary text résumé' }, resumeText(id));
  // Latin-1 "é" (0xE9) and 0xFF are not UTF-8: the name only exists as bytes.
  const rawName = Buffer.concat([Buffer.from('h66-caf'), Buffer.from([0xe9, 0xff]), Buffer.from('.txt')]);
  await ctx.add({ id: 'h66', path: rawName.toString('utf8'), nameHex: rawName.toString('hex'), expect: ['text'], why: 'file name with non-UTF-8 bytes (0xE9 0xFF): a walker that decodes names as UTF-8 gets U+FFFD and cannot open the file' }, resumeText('h66'));

  await writeFolderCases(ctx, notes);
}

function oneLongLine(bytes: number): Buffer {
  const unit = Buffer.from('ranking ');
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += unit.length) unit.copy(out, at);
  return out;
}

async function writeFolderCases(ctx: CaseContext, notes: string[]): Promise<void> {
  const folder = join(ctx.inputDir, 'h70-folder');
  await mkdir(folder);
  await ctx.add({ id: 'h70', path: 'h70-folder/h70-good.txt', expect: ['text'], why: 'an ordinary file next to the loop: the walk must still reach it' }, resumeText('h70'));
  await symlink('.', join(folder, 'h71-self-loop'));
  await symlink('h72-loop-b.pdf', join(folder, 'h72-loop-a.pdf'));
  await symlink('h72-loop-a.pdf', join(folder, 'h72-loop-b.pdf'));
  await symlink('..', join(folder, 'h75-parent-loop'));
  await ctx.add({ id: 'h73', path: 'h73-notes.md', expect: ['text'], why: 'reachable twice (directly and through h70-folder/h75-parent-loop): must be one row, not two' }, resumeText('h73'));
  // Symlinks are recorded without bytes: they are not files to read.
  for (const id of ['h71', 'h72', 'h75']) ctx.record({ id, path: `h70-folder/${id}-*`, expect: ['SKIPPED'], why: 'symlink loop: skipped (SYMLINK_LOOP) without stopping the walk; no row', bytes: 0 });

  const unreadable = 'h70-folder/h74-unreadable.txt';
  const asRoot = process.getuid?.() === 0;
  await ctx.add({ id: 'h74', path: unreadable, expect: asRoot ? ['text'] : ['UNREADABLE'], why: asRoot ? 'chmod 000, but the tests run as root, who can read it: read as text' : 'chmod 000: one UNREADABLE row, the batch goes on' }, resumeText('h74'));
  await chmod(join(ctx.inputDir, unreadable), 0o000);
  if (asRoot) notes.push('running as root: the chmod 000 file (h74) is readable, so its expected outcome is text; run as a normal user to test UNREADABLE');
}
