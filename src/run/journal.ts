// The JSONL journal: one line per finished row, appended as soon as it is known, so a killed run loses at most the
// files that were in flight. `--resume` reuses lines whose key (content hash, rubric hash, tool version, as-of date,
// profile inclusion) matches the current run.
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Row } from './types.js';

export interface JournalKey {
  rubricSha256: string;
  toolVersion: string;
  asOf: string;
  withProfile: boolean;
}

interface JournalLine extends JournalKey {
  v: 1;
  sha256: string;
  row: Row;
}

/** Rows from a previous run with the same key, by content hash. A torn last line (killed mid-write) is ignored. */
export function readJournal(path: string, key: JournalKey): Map<string, Row> {
  const rows = new Map<string, Row>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return rows;
  }
  for (const raw of text.split('\n')) {
    const line = parseLine(raw);
    // The first complete line for a content hash wins (a later run appending the same file adds nothing new).
    if (line && sameKey(line, key) && !rows.has(line.sha256)) rows.set(line.sha256, line.row);
  }
  return rows;
}

function parseLine(raw: string): JournalLine | undefined {
  if (!raw.trim()) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const line = value as Partial<JournalLine>;
    return line.v === 1 && typeof line.sha256 === 'string' && typeof line.row === 'object' ? (line as JournalLine) : undefined;
  } catch {
    return undefined;
  }
}

function sameKey(a: JournalKey, b: JournalKey): boolean {
  return a.rubricSha256 === b.rubricSha256 && a.toolVersion === b.toolVersion && a.asOf === b.asOf && a.withProfile === b.withProfile;
}

function endsWithNewline(path: string): boolean {
  const text = readFileSync(path);
  return text.length === 0 || text[text.length - 1] === 0x0a;
}

export class Journal {
  private fd: number | undefined;

  /** `append: false` starts a new journal; `true` (for --resume) keeps earlier lines. */
  constructor(
    readonly path: string,
    private readonly key: JournalKey,
    append: boolean,
  ) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.fd = openSync(path, append ? 'a' : 'w', 0o600);
    // A run killed mid-write leaves a torn last line; start ours on a fresh line so it is not glued to it.
    if (append && !endsWithNewline(path)) writeSync(this.fd, '\n');
  }

  /** Rows without a content hash (unreadable, missing, too large) are cheap to redo and are not journalled. */
  write(row: Row): void {
    if (this.fd === undefined || !row.sha256) return;
    const line: JournalLine = { v: 1, ...this.key, sha256: row.sha256, row };
    // One write per line: a kill leaves at most one torn line, which readJournal skips.
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
