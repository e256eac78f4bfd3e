// What the hostile corpus generator promises about each file: the outcomes that are correct answers, and why.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorCode } from '../../../src/types.js';

/**
 * `text`: the file is legitimately readable and must be scored. `SKIPPED`: a folder walk must pass over it without a
 * row (unsupported extension, symlink loop). Error codes: the result row must carry one of them.
 */
export type Expected = ErrorCode | 'text' | 'SKIPPED';

export interface HostileFile {
  /** Unique tag that appears in the file name ("h07"), so a row can be matched whatever happened to the name. */
  id: string;
  /** Path under `inputDir`, as UTF-8 (lossy where the real name is not UTF-8). */
  path: string;
  /** Hex of the real name's bytes when it is not valid UTF-8 (open it with Buffer.from(hex, 'hex')). */
  nameHex?: string;
  /** Every outcome that is a correct answer. */
  expect: Expected[];
  /** Warnings a correct reader attaches when the outcome is `text`. */
  warnings?: string[];
  /** Why these outcomes, and what the file attacks. */
  why: string;
  bytes: number;
}

export interface Manifest {
  /** The folder to screen: every hostile file lives under it. */
  inputDir: string;
  files: HostileFile[];
  /** Local files that hostile inputs point at; their content must never appear in any output. */
  secrets: Array<{ path: string; content: string }>;
  /** The URL remote references point at (see CaseContext.canaryUrl). */
  canaryUrl: string;
  /** Facts about this run that change expectations (e.g. running as root). */
  notes: string[];
}

/** Where a case module writes, and how it records what it wrote. */
export interface CaseContext {
  inputDir: string;
  /** A file outside inputDir holding a unique marker, for XXE and linked-image attacks. */
  secretPath: string;
  /** A URL that hostile files point at; a test can serve it and check that nothing ever asks for it. */
  canaryUrl: string;
  add(file: Omit<HostileFile, 'bytes'>, content: Buffer | string): Promise<void>;
  /** Record an entry written some other way (symlinks). */
  record(file: HostileFile): void;
}

export function createContext(inputDir: string, secretPath: string, canaryUrl: string, files: HostileFile[]): CaseContext {
  return {
    inputDir,
    secretPath,
    canaryUrl,
    async add(file, content) {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const name = file.nameHex ? Buffer.concat([Buffer.from(`${inputDir}/`), Buffer.from(file.nameHex, 'hex')]) : join(inputDir, file.path);
      await writeFile(name, bytes);
      files.push({ ...file, bytes: bytes.length });
    },
    record(file) {
      files.push(file);
    },
  };
}

/** Allowed sets reused across cases, each with the reason it is allowed. */
export const EXPECT = {
  /** A reader may recover what it can (pdf.js rebuilds a broken xref) or refuse the file: both are honest. */
  recoverOrCorrupt: ['text', 'CORRUPT'] as Expected[],
  /** Bombs: refused by a cap before parsing (TOO_LARGE), or stopped by the pool's last-resort defences. */
  bomb: ['TOO_LARGE', 'TIMEOUT', 'OUT_OF_MEMORY'] as Expected[],
};
