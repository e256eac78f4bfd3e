// The audit log's hash chain: each JSONL record carries `seq`, `prev` (the previous record's hash) and `hash`, the
// sha256 of the record's own JSON without `hash`. Editing, removing or reordering any record breaks the chain there.
import { createHash } from 'node:crypto';

/** `prev` of the first record of a log. */
export const GENESIS = '0'.repeat(64);

export type AuditBody = { type: string } & Record<string, unknown>;

export interface ChainHead {
  /** seq the next record gets. */
  seq: number;
  /** hash the next record points back to. */
  prev: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The line for one record, chained onto `head`; returns the line and the head after it. */
export function chainRecord(body: AuditBody, head: ChainHead): { line: string; head: ChainHead } {
  const unsigned = { seq: head.seq, prev: head.prev, ...body };
  const hash = sha256Hex(JSON.stringify(unsigned));
  return { line: JSON.stringify({ ...unsigned, hash }), head: { seq: head.seq + 1, prev: hash } };
}

/** The hash a parsed record should carry: its JSON without `hash`, keys in the order they were written. */
export function expectedHash(record: Record<string, unknown>): string {
  const { hash: _hash, ...unsigned } = record;
  return sha256Hex(JSON.stringify(unsigned));
}
