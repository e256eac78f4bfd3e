// Placeholder entry point; the extraction stage replaces this file.
import { readFile } from 'node:fs/promises';
import type { Document } from '../types.js';

export interface ExtractOptions {
  /** Refuse inputs larger than this (bytes). */
  maxBytes: number;
  /** Stop after this many PDF pages (flagged). */
  maxPages: number;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { maxBytes: 20_000_000, maxPages: 50 };

export async function extractFile(path: string, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): Promise<Document> {
  const bytes = await readFile(path);
  return extractBuffer(bytes, path, options);
}

export async function extractBuffer(bytes: Uint8Array, source: string, _options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): Promise<Document> {
  const text = Buffer.from(bytes).toString('utf8');
  const lines = text.split(/\r?\n/).map((t, index) => ({ text: t, page: 1, index }));
  return { source, kind: 'text', lines, pages: 1, meta: {}, warnings: [] };
}
