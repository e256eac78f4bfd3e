// Builds the hostile corpus in a folder (at test time, in a temp dir: nothing large is committed) and returns the
// manifest of what each file attacks and which outcomes are correct answers.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeDocxCases } from './docx-cases.js';
import { writeFormatCases } from './format-cases.js';
import { createContext, type HostileFile, type Manifest } from './manifest.js';
import { writeMiscCases } from './misc-cases.js';
import { writePdfBypassCases } from './pdf-bypass-cases.js';
import { writePdfCases } from './pdf-cases.js';
import { writeEncryptedCases } from './pdfkit-cases.js';
import { writeRemoteCases } from './remote-cases.js';
import { writeSpecialCases } from './special-cases.js';

export type { Expected, HostileFile, Manifest } from './manifest.js';

export interface CorpusOptions {
  /** Where remote references in the corpus point (default: the discard port on localhost, which nothing serves). */
  canaryUrl?: string;
}

/**
 * Writes `dir/inputs/**` (the corpus to screen), `dir/outside/secret.txt` (a marker the corpus points at and that
 * must never appear in any output) and `dir/manifest.json`. `dir` is emptied first.
 */
export async function generateHostileCorpus(dir: string, options: CorpusOptions = {}): Promise<Manifest> {
  const root = resolve(dir);
  await rm(root, { recursive: true, force: true });
  const inputDir = join(root, 'inputs');
  const secretPath = join(root, 'outside', 'secret.txt');
  await mkdir(inputDir, { recursive: true });
  await mkdir(join(root, 'outside'));
  const secret = `HOSTILE-SECRET-${randomUUID()}`;
  await writeFile(secretPath, `${secret}\n`);

  const files: HostileFile[] = [];
  const notes: string[] = [];
  const canaryUrl = options.canaryUrl ?? 'http://127.0.0.1:9/';
  const ctx = createContext(inputDir, secretPath, canaryUrl, files);
  await writePdfCases(ctx);
  await writePdfBypassCases(ctx);
  await writeEncryptedCases(ctx);
  await writeDocxCases(ctx);
  await writeFormatCases(ctx);
  await writeMiscCases(ctx, notes);
  await writeSpecialCases(ctx, notes);
  await writeRemoteCases(ctx);

  const manifest: Manifest = { inputDir, files, secrets: [{ path: secretPath, content: secret }, ...(await hostnameSecret())], canaryUrl, notes };
  await writeFile(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** /etc/hostname is the file the XXE and linked-image attacks name; its content is a secret too when present. */
async function hostnameSecret(): Promise<Manifest['secrets']> {
  const { readFile } = await import('node:fs/promises');
  const content = await readFile('/etc/hostname', 'utf8').then((t) => t.trim(), () => '');
  return content ? [{ path: '/etc/hostname', content }] : [];
}
