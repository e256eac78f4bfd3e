// `resume-screen manifest`: one pass over the inputs (the same expansion as `score`) writing each file's path, size
// and sha256, so shard workers split the corpus by content without each hashing all of it. Streamed: lines are
// written as files are hashed, to `<out>.partial`, renamed to `<out>` when complete. Resumable: a run that finds a
// partial manifest of the same inputs keeps its lines for files that have not changed (same size and mtime) and
// hashes only the rest.
import { closeSync, existsSync, ftruncateSync, openSync, renameSync, writeSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { hashInputs } from '../hash.js';
import { expandInputs, fsPath } from '../inputs.js';
import type { Input } from '../types.js';
import { FORMAT_VERSION, inputsIdentity, MANIFEST_FORMAT, type EndLine, type InputsIdentity, type ManifestFile, type ManifestHeader, type SkippedLine } from './format.js';
import { readLines } from './lines.js';

export interface ManifestOptions {
  inputs: string[];
  cwd?: string;
  out: string;
  maxBytes: number;
  tool: { name: string; version: string };
}

export interface ManifestSummary {
  files: number;
  /** Files hashed in this run (the rest came from a partial manifest). */
  hashed: number;
  reused: number;
  skipped: number;
  errors: number;
}

/** Files stat'ed and hashed per step: the lines of one step are written before the next starts (memory stays flat). */
const STEP = 512;

export async function writeManifest(options: ManifestOptions, onProgress?: (done: number, total: number) => void): Promise<ManifestSummary> {
  // 1. Expand files, folders and globs exactly as `score` does.
  const { inputs, skipped } = await expandInputs(options.inputs, options.cwd);
  const identity = inputsIdentity(
    inputs.map((i) => i.file),
    skipped,
  );
  // 2. Keep what a partial manifest of the same inputs already holds.
  const out = resolve(options.cwd ?? process.cwd(), options.out);
  const partial = `${out}.partial`;
  const kept = existsSync(partial) ? await keptLines(partial, identity, options.maxBytes, inputs) : undefined;
  const fd = openSync(partial, kept ? 'r+' : 'w', 0o600);
  let position = 0;
  const write = (line: object): void => {
    const text = `${JSON.stringify(line)}\n`;
    writeSync(fd, text, position);
    position += Buffer.byteLength(text);
  };
  let lines = skipped.length + (kept?.files ?? 0);
  let errors = kept?.errors ?? 0;
  try {
    if (kept) {
      ftruncateSync(fd, kept.bytes);
      position = kept.bytes;
    } else {
      const header: ManifestHeader = { type: 'header', format: MANIFEST_FORMAT, version: FORMAT_VERSION, tool: options.tool, created: new Date().toISOString(), maxBytes: options.maxBytes, inputs: identity };
      write(header);
      for (const s of skipped) write({ type: 'skipped', file: s.file, code: s.code } satisfies SkippedLine);
    }
    // 3. Hash the rest, in input order, a step at a time; each file's size and mtime are read before its bytes, so
    //    a file changed while hashed is hashed again by a resumed run.
    const start = kept?.files ?? 0;
    for (let from = start; from < inputs.length; from += STEP) {
      const step = inputs.slice(from, from + STEP);
      const mtimes = await Promise.all(step.map((i) => (i.error ? undefined : stat(fsPath(i)).then((s) => s.mtimeMs, () => undefined))));
      await hashInputs(step, options.maxBytes, (input, index) => {
        const line = fileLine(input, mtimes[index]);
        if (line.error) errors++;
        write(line);
        lines++;
      });
      onProgress?.(Math.min(from + STEP, inputs.length), inputs.length);
    }
    write({ type: 'end', lines } satisfies EndLine);
  } finally {
    closeSync(fd);
  }
  // 4. Complete: only now does the manifest appear under its name.
  renameSync(partial, out);
  const reused = kept?.files ?? 0;
  return { files: inputs.length, hashed: inputs.length - reused, reused, skipped: skipped.length, errors };
}

function fileLine(input: Input, mtimeMs: number | undefined): ManifestFile {
  const line: ManifestFile = { type: 'file', file: input.file };
  if (input.raw !== undefined) line.raw = input.raw;
  if (input.size !== undefined) line.size = input.size;
  if (mtimeMs !== undefined) line.mtimeMs = mtimeMs;
  if (input.sha256 !== undefined && !input.error) line.sha256 = input.sha256;
  if (input.error) line.error = input.error.code;
  return line;
}

interface Kept {
  /** File lines kept (the first `files` inputs). */
  files: number;
  errors: number;
  /** Bytes of the partial file to keep: header, skipped lines and the kept file lines. */
  bytes: number;
}

/**
 * How much of a partial manifest to keep: nothing unless its header names the same inputs and limit; then its
 * skipped lines and its file lines in input order up to the first that is cut short, names another file, or whose
 * file changed size or mtime since.
 */
async function keptLines(partial: string, identity: InputsIdentity, maxBytes: number, inputs: Input[]): Promise<Kept | undefined> {
  let header: ManifestHeader | undefined;
  const kept: Kept = { files: 0, errors: 0, bytes: 0 };
  let skippedLeft = identity.skipped;
  for (const line of readLines(partial)) {
    if (!line.complete) break;
    const value = parse(line.text);
    if (!header) {
      header = isHeader(value, identity, maxBytes) ? value : undefined;
      if (!header) return undefined;
    } else if (skippedLeft > 0) {
      if (value?.type !== 'skipped') return undefined;
      skippedLeft--;
    } else {
      const input = inputs[kept.files];
      if (value?.type !== 'file' || !input || value.file !== input.file || !(await unchanged(value, input))) break;
      if (value.error) kept.errors++;
      kept.files++;
    }
    kept.bytes = line.offset + line.length + 1;
  }
  return header && skippedLeft === 0 ? kept : undefined;
}

type AnyLine = Partial<Omit<ManifestFile, 'type'>> & { type?: string };

function parse(text: string): AnyLine | undefined {
  try {
    return JSON.parse(text) as AnyLine;
  } catch {
    return undefined;
  }
}

function isHeader(value: unknown, identity: InputsIdentity, maxBytes: number): value is ManifestHeader {
  const h = value as Partial<ManifestHeader> | undefined;
  return h?.format === MANIFEST_FORMAT && h.version === FORMAT_VERSION && h.maxBytes === maxBytes && h.inputs?.sha256 === identity.sha256;
}

/** A kept line still describes its file: the same size and mtime (a line for a file that could not be read: still unreadable). */
async function unchanged(line: AnyLine, input: Input): Promise<boolean> {
  const info = await stat(fsPath(input)).catch(() => undefined);
  if (line.error === 'NOT_FOUND' || line.error === 'UNREADABLE') return info === undefined;
  return info !== undefined && info.size === line.size && info.mtimeMs === line.mtimeMs;
}
