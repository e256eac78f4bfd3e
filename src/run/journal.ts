// The JSONL journal: one line per finished row, appended as soon as it is known, so a killed run loses at most the
// files that were in flight. `--resume` reuses lines whose key (content hash, rubric hash, tool version, as-of date,
// profile inclusion) matches the current run.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
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

interface Span {
  offset: number;
  length: number;
}

/**
 * Rows of a previous run with the same key, by content hash. Only where each line is is kept; a row is read back
 * when it is reused, so resuming a batch of thousands does not hold them all. A torn last line (killed mid-write)
 * is ignored.
 */
export class PreviousRows {
  private constructor(
    private readonly fd: number | undefined,
    private readonly spans: Map<string, Span>,
  ) {}

  static none(): PreviousRows {
    return new PreviousRows(undefined, new Map());
  }

  static read(path: string, key: JournalKey): PreviousRows {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return PreviousRows.none();
    }
    const spans = new Map<string, Span>();
    forEachLine(fd, (bytes, offset) => {
      const line = parseLine(bytes.toString('utf8'));
      // The first complete line for a content hash wins (a later run appending the same file adds nothing new).
      if (line && sameKey(line, key) && !spans.has(line.sha256)) spans.set(line.sha256, { offset, length: bytes.length });
    });
    return new PreviousRows(fd, spans);
  }

  get(sha256: string): Row | undefined {
    const span = this.spans.get(sha256);
    if (!span || this.fd === undefined) return undefined;
    const bytes = Buffer.allocUnsafe(span.length);
    readSync(this.fd, bytes, 0, span.length, span.offset);
    return parseLine(bytes.toString('utf8'))?.row;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

const CHUNK = 1 << 20;

/** Every newline-terminated line of the file (without its newline) with its byte offset, read a chunk at a time. */
function forEachLine(fd: number, visit: (bytes: Buffer, offset: number) => void): void {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let carry = Buffer.alloc(0);
  let carryAt = 0;
  for (let position = 0; ; ) {
    const n = readSync(fd, chunk, 0, CHUNK, position);
    if (n === 0) break;
    const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
    const base = carry.length ? carryAt : position;
    position += n;
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl >= 0; nl = data.indexOf(0x0a, start)) {
      if (nl > start) visit(data.subarray(start, nl), base + start);
      start = nl + 1;
    }
    carry = Buffer.from(data.subarray(start)); // a copy: `chunk` is reused
    carryAt = base + start;
  }
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
  /** `{"v":1,…key` without its closing brace. */
  private prefix: string | undefined;

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

  /**
   * Rows without a content hash (unreadable, missing, too large) are cheap to redo and are not journalled. `json` is
   * the row already serialised (the row store writes the same text), so a row is stringified once.
   */
  write(row: Row, json: string = JSON.stringify(row)): void {
    if (this.fd === undefined || !row.sha256) return;
    // The same bytes as JSON.stringify({ v: 1, ...key, sha256, row }); one write per line, so a kill leaves at most
    // one torn line, which PreviousRows skips.
    this.prefix ??= JSON.stringify({ v: 1, ...this.key }).slice(0, -1);
    writeSync(this.fd, `${this.prefix},"sha256":${JSON.stringify(row.sha256)},"row":${json}}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
