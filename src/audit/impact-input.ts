// Inputs of `impact`: score results (a JSON report, or JSONL files/shards) and a self-reported groups CSV keyed by
// file or sha256. The groups file is read here only: scoring never sees it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCsv } from './csv.js';
import type { Applicant, ScreenVerdict } from './impact.js';

export class ImpactInputError extends Error {
  readonly code: 'IMPACT_INPUT' | 'GROUPS_INVALID';
  constructor(code: ImpactInputError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

export interface ResultRow {
  file: string;
  sha256?: string;
  status: string;
  verdict?: string;
}

export interface Groups {
  keyColumn: 'sha256' | 'file' | 'id';
  dimensions: string[];
  byKey: Map<string, string[]>;
}

function read(path: string, code: ImpactInputError['code']): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new ImpactInputError(code, `cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
}

function isResult(v: unknown): v is ResultRow {
  return typeof v === 'object' && v !== null && typeof (v as ResultRow).file === 'string' && typeof (v as ResultRow).status === 'string';
}

/** A `score -f json` report (its `results`), or JSONL with one result per line (`-f jsonl`, shards). */
export function loadResults(paths: readonly string[]): ResultRow[] {
  const out: ResultRow[] = [];
  for (const path of paths) {
    const text = read(path, 'IMPACT_INPUT');
    let whole: unknown;
    try {
      whole = JSON.parse(text);
    } catch {
      whole = undefined;
    }
    if (whole !== undefined) {
      const results = (whole as { results?: unknown }).results;
      if (!Array.isArray(results)) throw new ImpactInputError('IMPACT_INPUT', `${path}: not a score report (no "results")`);
      out.push(...results.filter(isResult));
      continue;
    }
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new ImpactInputError('IMPACT_INPUT', `${path}:${i + 1}: not JSON`);
      }
      if (isResult(row)) out.push(row);
    });
  }
  return out;
}

const KEY_COLUMNS = ['sha256', 'file', 'id'] as const;

export function loadGroups(path: string): Groups {
  const [header, ...rows] = parseCsv(read(path, 'GROUPS_INVALID'));
  const names = (header ?? []).map((h) => h.trim());
  const keyColumn = KEY_COLUMNS.find((k) => names.some((n) => n.toLowerCase() === k));
  if (keyColumn === undefined) throw new ImpactInputError('GROUPS_INVALID', `${path}: needs a "sha256", "file" or "id" column`);
  const keyAt = names.findIndex((n) => n.toLowerCase() === keyColumn);
  const dimensions = names.filter((_, i) => i !== keyAt);
  if (dimensions.length === 0) throw new ImpactInputError('GROUPS_INVALID', `${path}: no category columns beside "${keyColumn}"`);
  const byKey = new Map<string, string[]>();
  rows.forEach((row, i) => {
    const key = (row[keyAt] ?? '').trim();
    if (key === '') throw new ImpactInputError('GROUPS_INVALID', `${path}:${i + 2}: empty ${keyColumn}`);
    if (byKey.has(key)) throw new ImpactInputError('GROUPS_INVALID', `${path}:${i + 2}: ${keyColumn} ${JSON.stringify(key)} appears twice`);
    byKey.set(key, names.map((_, j) => (row[j] ?? '').trim()).filter((_, j) => j !== keyAt));
  });
  return { keyColumn, dimensions, byKey };
}

export interface Joined {
  applicants: Applicant[];
  /** Results with no row in the groups file. */
  unmatched: number;
  /** Files that could not be screened: not applicants of this selection. */
  errors: number;
}

/** Matches by sha256, or by file (the path as scored, else its base name when that is unique). */
export function joinGroups(results: readonly ResultRow[], groups: Groups): Joined {
  const baseCount = new Map<string, number>();
  for (const r of results) baseCount.set(basename(r.file), (baseCount.get(basename(r.file)) ?? 0) + 1);
  const find = (r: ResultRow): string | undefined => {
    if (groups.keyColumn === 'sha256') return r.sha256 !== undefined && groups.byKey.has(r.sha256) ? r.sha256 : undefined;
    if (groups.byKey.has(r.file)) return r.file;
    const base = basename(r.file);
    return baseCount.get(base) === 1 && groups.byKey.has(base) ? base : undefined;
  };
  const out: Joined = { applicants: [], unmatched: 0, errors: 0 };
  for (const r of results) {
    const key = find(r);
    if (key === undefined) out.unmatched += 1;
    else if (r.status !== 'scored' || !['pass', 'review', 'fail'].includes(r.verdict ?? '')) out.errors += 1;
    else out.applicants.push({ key, categories: groups.byKey.get(key) ?? [], verdict: r.verdict as ScreenVerdict });
  }
  return out;
}
