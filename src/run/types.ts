// Shapes local to the batch runner: inputs, rows, the messages between parent and child.
import type { ErrorCode, Evaluation } from '../types.js';

/** One file to screen (after expanding folders and globs). */
export interface Input {
  /** Path as the user will recognise it (relative to cwd when under it). */
  file: string;
  /** Absolute real path, used to read and to de-duplicate. */
  abs: string;
  /** base64 of the path's bytes when a file name is not valid UTF-8 (fs needs the bytes to open it). */
  raw?: string;
  size?: number;
  sha256?: string;
  /** Set when the input cannot even be opened (not found, permissions): becomes an error row unread. */
  error?: { code: ErrorCode; data: Record<string, unknown> };
}

export interface Skipped {
  file: string;
  code: 'SKIPPED_EXTENSION' | 'SYMLINK_LOOP' | 'SYMLINK_OUTSIDE' | 'UNREADABLE_DIR';
}

export interface Expansion {
  inputs: Input[];
  skipped: Skipped[];
}

/** A result row: an Evaluation plus what only the batch knows. */
export interface Row extends Evaluation {
  /** First input (in input order) with the same bytes. */
  duplicateOf?: string;
  /** On the first input of a duplicate group: the later inputs with the same bytes. */
  duplicates?: string[];
  /** Wall time spent on this file in a child, ms (0 for rows not read: resumed, duplicate, unreadable). */
  elapsedMs: number;
  /** How many child attempts it took (0 for rows not read). */
  attempts: number;
}

/** What the parent sends a child: where to read, what to score against. Never the résumé bytes. */
export interface WorkRequest {
  type: 'work';
  id: number;
  abs: string;
  raw?: string;
  rubricPath: string;
  rubricSha256: string;
  asOf: string;
  maxBytes: number;
  withProfile: boolean;
  /** --ocr and the per-page OCR budget (ms). */
  ocr: 'auto' | 'always' | 'never';
  ocrPageTimeoutMs: number;
  /** --blind: the child redacts what a report shows (src/blind/) after scoring. */
  blind?: boolean;
}

/**
 * The rubric the parent validated, sent once to each child before any work: the child then neither parses YAML nor
 * validates again (that would double the start-up cost of a one-file run). Keyed by path + sha256 like requests.
 */
export interface RubricMessage {
  type: 'rubric';
  path: string;
  sha256: string;
  rubric: object;
}

export type ParentMessage = WorkRequest | RubricMessage;

export interface WorkResult {
  type: 'result';
  id: number;
  evaluation: Evaluation;
}

export interface ReadyMessage {
  type: 'ready';
}

/** The child is about to OCR `pages` pages of file `id`: the parent extends that file's clock by their budget. */
export interface OcrMessage {
  type: 'ocr';
  id: number;
  pages: number;
  extendMs: number;
}

export type ChildMessage = WorkResult | ReadyMessage | OcrMessage;
