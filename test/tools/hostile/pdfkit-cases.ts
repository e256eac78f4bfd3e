// Encrypted PDFs: pdfkit writes real Standard security handlers (AES-256 with 1.7ext3, RC4-128 with 1.4).
import PDFDocument from 'pdfkit';
import type { CaseContext } from './manifest.js';
import { RESUME_LINES } from './text.js';

type PdfkitOptions = NonNullable<ConstructorParameters<typeof PDFDocument>[0]>;

async function render(options: PdfkitOptions): Promise<Buffer> {
  const doc = new PDFDocument({ ...options, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (const line of RESUME_LINES) doc.text(line);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function writeEncryptedCases(ctx: CaseContext): Promise<void> {
  await ctx.add({ id: 'h20', path: 'h20-encrypted-aes256.pdf', expect: ['ENCRYPTED'], why: 'user password, AES-256 (/V 5 /R 6): cannot be opened without the password' }, await render({ userPassword: 'hostile-user', ownerPassword: 'hostile-owner', pdfVersion: '1.7ext3' }));
  await ctx.add({ id: 'h21', path: 'h21-encrypted-rc4.pdf', expect: ['ENCRYPTED'], why: 'user password, RC4-128 (/V 2 /R 3)' }, await render({ userPassword: 'hostile-user', pdfVersion: '1.4' }));
  await ctx.add({ id: 'h22', path: 'h22-owner-password-only.pdf', expect: ['text'], why: 'owner password only (permissions), empty user password: every viewer opens it, so it must be read' }, await render({ ownerPassword: 'hostile-owner', pdfVersion: '1.7ext3', permissions: { printing: 'highResolution' } }));
}
