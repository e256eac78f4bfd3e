// Expand the command line into the list of files to screen: files as given, folders recursively, globs.
// A symlink loop, an unreadable folder or a missing path never stops the walk; each is counted or becomes a row.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { READ_EXTENSIONS } from '../extract/formats.js';
import type { Expansion, Input, Skipped } from './types.js';
import { globBase, globToRegExp, isGlob } from './glob.js';

/** Extensions read from folders and globs (the reader registry's); a file named explicitly is always tried (its bytes decide its type). */
export const SUPPORTED_EXTENSIONS = READ_EXTENSIONS;
/**
 * Other word-processor formats found in a folder are still rows (they fail as UNSUPPORTED_TYPE), not skipped:
 * a candidate who sent a .pages file must show up in the report as unread, not vanish into the skipped count.
 */
export const DOCUMENT_EXTENSIONS = new Set(['.pages', '.wpd', '.wps', '.hwp']);

function isCandidateFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return SUPPORTED_EXTENSIONS.has(ext) || DOCUMENT_EXTENSIONS.has(ext);
}

interface Walk {
  cwd: string;
  inputs: Map<string, Input>;
  skipped: Skipped[];
  visitedDirs: Set<string>;
}

/** The path fs must be given: the name's own bytes when they are not UTF-8. */
export function fsPath(input: { abs: string; raw?: string }): string | Buffer {
  return input.raw === undefined ? input.abs : Buffer.from(input.raw, 'base64');
}

export async function expandInputs(args: string[], cwd = process.cwd()): Promise<Expansion> {
  const walk: Walk = { cwd, inputs: new Map(), skipped: [], visitedDirs: new Set() };
  for (const arg of args) await expandArg(arg, walk);
  return { inputs: [...walk.inputs.values()], skipped: walk.skipped };
}

async function expandArg(arg: string, walk: Walk): Promise<void> {
  const abs = resolve(walk.cwd, arg);
  const info = await stat(abs).catch((err: NodeJS.ErrnoException) => err);
  if (!(info instanceof Error)) {
    if (info.isDirectory()) await walkDir(abs, walk, () => true, await realpath(abs).catch(() => abs));
    else if (info.isFile()) await addFile(abs, walk, info.size);
    else addError(abs, arg, 'UNREADABLE', walk);
    return;
  }
  const base = isGlob(arg) ? resolve(walk.cwd, globBase(arg)) : undefined;
  if (base !== undefined && (await stat(base).catch(() => undefined))?.isDirectory()) {
    const matcher = globToRegExp(toSlashes(abs));
    const before = walk.inputs.size + walk.skipped.length;
    await walkDir(base, walk, (path) => matcher.test(toSlashes(path)), await realpath(base).catch(() => base));
    if (walk.inputs.size + walk.skipped.length > before) return;
  }
  const code = info.code === 'EACCES' || info.code === 'EPERM' ? 'UNREADABLE' : 'NOT_FOUND';
  addError(abs, arg, code, walk);
}

/**
 * `root` is the real path of the folder named on the command line: a symbolic link inside it that leads outside it
 * is skipped (SYMLINK_OUTSIDE), so an unpacked archive's `cv.txt → ~/.ssh/id_rsa` is never read. Files named
 * explicitly are read wherever they are.
 */
async function walkDir(dir: string, walk: Walk, wanted: (path: string) => boolean, root: string): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (walk.visitedDirs.has(real)) {
    walk.skipped.push({ file: display(dir, walk.cwd), code: 'SYMLINK_LOOP' });
    return;
  }
  walk.visitedDirs.add(real);
  const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch(() => undefined);
  if (!entries) {
    walk.skipped.push({ file: display(dir, walk.cwd), code: 'UNREADABLE_DIR' });
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name.toString('utf8');
    if (!Buffer.from(name, 'utf8').equals(entry.name)) {
      await addRawFile(dir, entry.name, walk, wanted);
      continue;
    }
    const path = join(dir, name);
    const link = entry.isSymbolicLink() ? await stat(path).catch((err: NodeJS.ErrnoException) => err) : undefined;
    if (link instanceof Error && link.code === 'ELOOP') {
      walk.skipped.push({ file: display(path, walk.cwd), code: 'SYMLINK_LOOP' });
      continue;
    }
    if (link && !(link instanceof Error) && !isInside(await realpath(path).catch(() => path), root)) {
      walk.skipped.push({ file: display(path, walk.cwd), code: 'SYMLINK_OUTSIDE' });
      continue;
    }
    const info = link instanceof Error ? undefined : link;
    const isDir = info ? info.isDirectory() : entry.isDirectory();
    const isFile = info ? info.isFile() : entry.isFile();
    if (isDir) await walkDir(path, walk, wanted, root);
    else if (!wanted(path)) continue;
    else if (!isCandidateFile(name)) walk.skipped.push({ file: display(path, walk.cwd), code: 'SKIPPED_EXTENSION' });
    else if (entry.isSymbolicLink() && !info) addError(path, display(path, walk.cwd), 'NOT_FOUND', walk);
    // A FIFO, socket or device named like a résumé would block or never end: a row, never a read.
    else if (!isFile) addError(path, display(path, walk.cwd), 'UNREADABLE', walk);
    // A plain entry of a folder whose real path is known needs no realpath of its own.
    else await addFile(path, walk, info?.size, link ? undefined : join(real, name));
  }
}

/** A file whose name is not valid UTF-8: kept as bytes so it can still be opened (its shown name has U+FFFD). */
async function addRawFile(dir: string, name: Buffer, walk: Walk, wanted: (path: string) => boolean): Promise<void> {
  const bytes = Buffer.concat([Buffer.from(join(dir, '/')), name]);
  const path = bytes.toString('utf8');
  const info = await stat(bytes).catch(() => undefined);
  if (!wanted(path) || info?.isDirectory()) return; // folders with such names are not walked (documented gap)
  if (!isCandidateFile(path)) walk.skipped.push({ file: display(path, walk.cwd), code: 'SKIPPED_EXTENSION' });
  else if (!info?.isFile()) addError(path, display(path, walk.cwd), info ? 'UNREADABLE' : 'NOT_FOUND', walk);
  else walk.inputs.set(path, { file: display(path, walk.cwd), abs: path, raw: bytes.toString('base64'), size: info.size });
}

async function addFile(path: string, walk: Walk, size?: number, real?: string): Promise<void> {
  const abs = real ?? (await realpath(path).catch(() => path));
  if (walk.inputs.has(abs)) return; // the same file named twice (a folder and a file in it) is one input
  walk.inputs.set(abs, { file: display(path, walk.cwd), abs, size });
}

function addError(abs: string, file: string, code: 'NOT_FOUND' | 'UNREADABLE', walk: Walk): void {
  if (!walk.inputs.has(abs)) walk.inputs.set(abs, { file, abs, error: { code, data: {} } });
}

/** Paths under the working folder are shown relative to it; others absolute. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
