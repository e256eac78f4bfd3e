// Check one `score --format json` run over the hostile corpus against the manifest: one row per input, allowed
// codes, good résumés scored, nothing skipped that should have been read, no secret in any output.
import { basename } from 'node:path';
import type { HostileFile, Manifest } from './manifest.js';

export interface JsonRow {
  file: string;
  status: 'scored' | 'error';
  error?: { code: string };
  warnings?: string[];
  duplicateOf?: string;
}

export interface ScoreJson {
  results: JsonRow[];
  skipped?: Array<{ file: string; code: string }>;
}

export interface Outcome {
  id: string;
  rows: JsonRow[];
  skipped: boolean;
  outcome: string;
  ok: boolean;
  missingWarnings: string[];
}

/** The corpus tag ("h07") in a displayed path, whatever else happened to the name. */
export function idOf(file: string): string | undefined {
  return /(?:^|[^a-z0-9])(h\d\d)(?![0-9])/i.exec(basename(file))?.[1];
}

export function outcomesOf(manifest: Manifest, json: ScoreJson): Outcome[] {
  return manifest.files.map((file) => outcomeOf(file, json));
}

function outcomeOf(file: HostileFile, json: ScoreJson): Outcome {
  const rows = json.results.filter((r) => idOf(r.file) === file.id);
  const skipped = (json.skipped ?? []).some((s) => idOf(s.file) === file.id);
  const row = rows[0];
  const outcome = row ? (row.status === 'scored' ? 'text' : (row.error?.code ?? 'error without code')) : skipped ? 'SKIPPED' : 'missing';
  const allowed: string[] = file.expect;
  const ok = allowed.includes(outcome) && rows.length <= 1 && !(rows.length === 1 && skipped);
  const missingWarnings = outcome === 'text' ? (file.warnings ?? []).filter((w) => !(row?.warnings ?? []).includes(w)) : [];
  return { id: file.id, rows, skipped, outcome, ok, missingWarnings };
}

/** Rows that are neither a corpus file nor one of the `extra` inputs (a walk that invented or duplicated inputs). */
export function strayRows(json: ScoreJson, extra: string[]): JsonRow[] {
  return json.results.filter((r) => idOf(r.file) === undefined && !extra.some((e) => r.file.endsWith(basename(e))));
}

/**
 * Whether `haystack` shows a secret. Long secrets (the generated marker) are searched as substrings; short ones
 * (/etc/hostname is often "vm" or "localhost") only as a whole JSON string or a whole line, to avoid false alarms.
 */
export function showsSecret(haystack: string, secret: string): boolean {
  if (secret.length >= 8) return haystack.includes(secret);
  if (haystack.includes(JSON.stringify(secret))) return true;
  return haystack.split('\n').some((line) => line.trim() === secret);
}
