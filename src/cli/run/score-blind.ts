// `score --blind`: where the key file goes, its salt (kept from an existing key file so ids stay the same across
// runs), and the key written before the report (atomically, mode 0600) so a blind report never exists without the
// means to unblind it. Loaded only for --blind runs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BlindIds, blindRow } from '../../blind/ids.js';
import { blindSkipped, blindSource, keyEntries, type KeyEntry } from '../../blind/source.js';
import type { RowSource } from '../../report/source.js';
import type { ReportRow, SkippedEntry } from '../../report/types.js';
import { CliError } from '../fatal.js';
import type { ScoreOptions } from './score-options.js';
import { checkWritable, writeAtomic } from './score-output.js';

const KEY_KIND = 'resume-screen blind key';

interface KeyFile {
  schemaVersion: 1;
  kind: typeof KEY_KIND;
  /** hex; the HMAC key of the ids. */
  salt: string;
  /** The folder the entries' relative paths start from (the run's working directory). */
  cwd: string;
  entries: KeyEntry[];
}

export interface Blind {
  /** undefined: one file to stdout, nothing to unblind. */
  keyPath?: string;
  ids: BlindIds;
  row<T extends ReportRow>(row: T): T;
  source(rows: RowSource): RowSource;
  skipped(skipped: readonly SkippedEntry[]): SkippedEntry[];
  writeKey(rows: RowSource, skipped: readonly SkippedEntry[]): void;
}

/** --blind-key, else next to --out; a batch to stdout must name one (its ids would otherwise mean nothing). */
export function prepareBlind(opts: ScoreOptions, single: boolean): Blind {
  const keyPath = opts.blindKeyPath ?? (opts.out !== undefined ? `${resolve(opts.out)}.blind-key.json` : undefined);
  if (keyPath === undefined && !single) throw new CliError('USAGE', '--blind with several résumés needs --blind-key FILE or -o FILE (the key file maps ids to files)');
  if (keyPath !== undefined) {
    if (opts.out !== undefined && resolve(opts.out) === keyPath) throw new CliError('USAGE', '--blind-key must not be the report file');
    checkWritable(keyPath);
  }
  const earlier = keyPath === undefined ? undefined : readKey(keyPath);
  const ids = earlier ? new BlindIds(Buffer.from(earlier.salt, 'hex')) : BlindIds.fresh();
  return {
    ...(keyPath === undefined ? {} : { keyPath }),
    ids,
    row: (row) => blindRow(row, ids),
    source: (rows) => blindSource(rows, ids),
    skipped: (skipped) => blindSkipped(skipped, ids),
    writeKey: (rows, skipped) => {
      if (keyPath === undefined) return;
      // Entries of earlier runs under the same salt stay: one key file can serve a series of runs.
      const byId = new Map((earlier?.entries ?? []).map((e) => [e.id, e]));
      for (const e of keyEntries(rows, skipped, ids)) byId.set(e.id, e);
      const key: KeyFile = { schemaVersion: 1, kind: KEY_KIND, salt: ids.salt.toString('hex'), cwd: process.cwd(), entries: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) };
      writeAtomic(keyPath, [`${JSON.stringify(key, null, 2)}\n`]);
    },
  };
}

/** An existing key file's salt and entries; a file there that is not a key file is never overwritten. */
function readKey(path: string): KeyFile | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CliError('BLIND_KEY_INVALID', `${path} exists and is not a blind key file; name another --blind-key`);
  }
  const key = parsed as Partial<KeyFile> | null;
  if (key?.kind !== KEY_KIND || typeof key.salt !== 'string' || !/^[0-9a-f]{64}$/.test(key.salt) || !Array.isArray(key.entries)) {
    throw new CliError('BLIND_KEY_INVALID', `${path} exists and is not a blind key file; name another --blind-key`);
  }
  return key as KeyFile;
}
