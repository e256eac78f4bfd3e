// `resume-screen score`: load and check the rubric, screen the inputs in child processes, print the report.
// Exit codes (DESIGN.md §6.6): 0 ran, whatever the verdicts; 1 --fail-on matched; 2 usage, rubric or I/O error.
// Only light modules are imported up front: the children are forked first, then the rubric (yaml, zod) and the
// formatters (chalk, cli-table3) load while the children load the pipeline. The validated rubric is sent to the
// children (keyed by path + sha256), so they do not parse and validate it a second time.
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { relative } from 'node:path';
import type { Rubric } from '../../rubric/index.js';
import type { SourceInput } from '../../report/index.js';
import { toJsonResult } from '../../report/json.js';
import { describe } from '../../report/messages.js';
import { skippedBreakdown } from '../../report/skipped.js';
import { safeText, wrapWords } from '../../report/text.js';
import { defaultWorker, JournalLockedError, Pool, RowStoreError, runBatch, type BatchResult } from '../../run/index.js';
import type { Expansion, RubricMessage, WorkResult } from '../../run/types.js';
import { CliError } from '../fatal.js';
import { parseScoreOptions, type FailOn, type ScoreOptions } from './score-options.js';
import { checkWritable, flushStdout, writeAtomic, writeChunks } from './score-output.js';
import { createProgress } from './score-progress.js';
import { pruneOldFiles } from './cache.js';
import { loadCheckedRubric } from './score-rubric.js';
import type { Blind } from './score-blind.js';
import { auditedOptions, checkAuditLog, writeAudit } from './score-audit.js';
import { outputWidth } from '../terminal.js';
import { packageVersion } from '../version.js';

const TOOL_NAME = 'resume-screen';
const SEVERITY: Record<FailOn, number> = { pass: 0, review: 1, fail: 2, error: 3 };

export async function scoreCommand(inputs: string[], raw: Record<string, unknown>): Promise<void> {
  // 1. Options; the output folder must be writable before anything is read.
  const opts = parseScoreOptions(inputs, raw);
  // --shard: this worker's slice of the inputs, into a shard file for `merge` (loaded only when asked for).
  const shard = raw.shard !== undefined || raw.manifest !== undefined ? await (await import('./score-shard.js')).planShardRun(inputs, raw, opts) : undefined;
  if (opts.out) checkWritable(opts.out);
  if (opts.auditPath) checkAuditLog(opts.auditPath);
  // Journals and caches older than the keep period leave the private folder (README: privacy).
  pruneOldFiles();
  const single = !shard && inputs.length === 1 && isFile(inputs[0] ?? '');
  // --blind: ids instead of file names, a key file to unblind (checked before anything is read).
  const blind = opts.blind ? (await import('./score-blind.js')).prepareBlind(opts, single) : undefined;
  if (blind?.keyPath !== undefined) opts.blindKeyPath = blind.keyPath;
  // The one-file report and the HTML report draw the role timeline: they need each row's profile.
  const withProfile = opts.withProfile || (single && opts.format === 'table') || opts.format === 'html';
  // 2. Children start loading the pipeline while the parent checks the rubric (no résumé is sent before it passes).
  const pool = new Pool<WorkResult>({
    ...defaultWorker(),
    jobs: opts.jobs,
    timeoutMs: opts.timeoutMs,
    maxMemoryMb: opts.maxMemoryMb,
    recycleAfter: opts.recycleAfter,
    recycleAtMb: opts.recycleAtMb,
    forwardStderr: opts.verbose,
  });
  pool.warm(single ? 1 : opts.jobs);
  const stopOn = onSignals(pool, opts.journalPath !== undefined);
  try {
    const rubric = await loadCheckedRubric(opts.rubricPath, packageVersion());
    pool.broadcast({ type: 'rubric', path: opts.rubricPath, sha256: rubric.sha256, rubric } satisfies RubricMessage);
    // The formatters load while the children read (the parent is idle then).
    const reportModule = import('../../report/index.js');
    // 3. Screen.
    const started = Date.now();
    const result = await screen(pool, inputs, opts, rubric, withProfile, blind, shard?.expansion);
    // 4. Report, summary, exit code, while the children shut down.
    const closing = pool.close();
    try {
      const input: SourceInput = {
        source: blind ? blind.source(result.rows) : result.rows,
        skipped: blind ? blind.skipped(result.skipped) : result.skipped,
        meta: { tool: { name: TOOL_NAME, version: packageVersion() }, rubric: { id: rubric.id, path: displayPath(opts.rubricPath), sha256: rubric.sha256 }, asOf: opts.asOf },
      };
      const report = await reportModule;
      blind?.writeKey(result.rows, result.skipped);
      if (shard) shard.write(result.rows, input.meta, rubric.posting?.sha256);
      else emit(report, input, opts, single);
      // A full disk or a closed pipe on stdout is known only once the write is done: before the summary, not after.
      await flushStdout();
      if (opts.auditPath) writeAudit(opts.auditPath, { ...input.meta, options: auditedOptions(opts) }, input.source);
      finish(report, result, opts, Date.now() - started, shard !== undefined);
    } finally {
      result.rows.close();
    }
    await closing;
  } finally {
    stopOn();
    await pool.close();
  }
}

/** Exit codes by signal, as shells report them (128 + the signal's number). */
const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Ctrl-C, SIGTERM, SIGHUP: stop the children, say how to go on, exit 128 + n. The journal lock and the temp rows are
 * removed by their exit hooks; finished rows stay in the journal. A second signal while stopping exits at once.
 * Returns the function that removes the handlers.
 */
function onSignals(pool: Pool<WorkResult>, journal: boolean): () => void {
  let stopping = false;
  const handler = (signal: keyof typeof SIGNAL_EXIT): void => {
    const code = SIGNAL_EXIT[signal];
    if (stopping) process.exit(code);
    stopping = true;
    process.stderr.write(`\nresume-screen: INTERRUPTED: ${describe('INTERRUPTED', { signal, journal })}\n`);
    void pool.close().finally(() => process.exit(code));
  };
  const signals = Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[];
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}

async function screen(pool: Pool<WorkResult>, inputs: string[], opts: ScoreOptions, rubric: Rubric, withProfile: boolean, blind?: Blind, expanded?: Expansion): Promise<BatchResult> {
  const progress = createProgress(!opts.quiet && process.stderr.isTTY === true, stderrWidth());
  pool.onOcrPages = (pages) => progress.ocr(pages);
  // jsonl to stdout is streamed: each row as it finishes (finish order, rank null: not known yet). With --top the
  // rows must be ranked first, so they are printed at the end like the other formats.
  const stream = streams(opts);
  try {
    return await runBatch(
      pool,
      { inputs, rubricPath: opts.rubricPath, rubricSha256: rubric.sha256, postingSha256: rubric.posting?.sha256, toolVersion: packageVersion(), asOf: opts.asOf, maxBytes: opts.maxBytes, ocr: opts.ocr, ocrPageTimeoutMs: opts.ocrPageTimeoutMs, withProfile, journalPath: opts.journalPath, resume: opts.resume, blind: opts.blind, ...(expanded ? { expanded } : {}) },
      {
        onStart: (total, skipped) => {
          if (opts.verbose) for (const s of skipped) process.stderr.write(`skipped ${JSON.stringify(blind ? blind.ids.skipped(s.file) : s.file)}: ${describe(s.code)}\n`);
          // Like ESLint: nothing to screen is a usage error, not an empty report that looks like a clean run.
          // A shard may get no file of a non-empty list (more shards than files): it still writes its shard file.
          if (total === 0 && !expanded) throw new CliError('NO_INPUTS', describe('NO_INPUTS', { skipped: skippedText(skipped) }));
          progress.start(total);
        },
        onRow: (row, done, _total, fresh) => {
          // A file named on the command line that is not there: a row (the report keeps it) and a line now.
          if (row.error?.code === 'NOT_FOUND') process.stderr.write(`${progress.clear()}resume-screen: NOT_FOUND: ${JSON.stringify(safeText(blind ? blind.ids.of(row) : row.file))}: ${describe('NOT_FOUND')}\n`);
          if (stream) process.stdout.write(`${JSON.stringify(toJsonResult(blind ? blind.row(row) : row, null))}\n`);
          progress.tick(done, { fresh, error: row.status === 'error' });
        },
      },
    );
  } catch (err) {
    if (err instanceof RowStoreError) throw new CliError('ROWS_FAILED', `${describe('ROWS_FAILED', { errno: err.errno })}: ${tmpdir()}`);
    if (err instanceof JournalLockedError) throw new CliError('JOURNAL_LOCKED', `${describe('JOURNAL_LOCKED', { pid: err.pid })}: ${err.path}`);
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('E')) {
      throw new CliError('JOURNAL_FAILED', `${describe('JOURNAL_FAILED')}: ${opts.journalPath ?? ''}`);
    }
    throw err;
  } finally {
    progress.end();
  }
}

type ReportModule = typeof import('../../report/index.js');

function streams(opts: ScoreOptions): boolean {
  return opts.format === 'jsonl' && opts.out === undefined && opts.top === undefined;
}

function emit({ formatSingle, reportChunks }: ReportModule, input: SourceInput, opts: ScoreOptions, single: boolean): void {
  if (streams(opts)) return; // already streamed
  const { source } = input;
  const chunks: Iterable<string> =
    opts.format === 'table' && single && source.keys.length === 1 && opts.top !== 0
      ? [formatSingle(source.read(0), input.meta, { color: opts.color, width: opts.width })]
      : reportChunks(opts.format, input, { color: opts.color, explain: opts.explain, top: opts.top, width: opts.width, bom: opts.bom });
  if (opts.out) writeAtomic(opts.out, chunks);
  else writeChunks((text) => process.stdout.write(text), chunks);
}

function finish({ summarize, formatSummary, verdictOf }: ReportModule, result: BatchResult, opts: ScoreOptions, elapsedMs: number, shard: boolean): void {
  const counts = summarize(result.rows.keys, result.skipped.length);
  if (result.journalMissing) process.stderr.write(`resume-screen: JOURNAL_MISSING: ${describe('JOURNAL_MISSING')}: ${result.journalPath}\n`);
  if (!opts.quiet) {
    const summary = formatSummary(counts, { inputs: result.inputs, resumed: result.resumed, elapsedMs, skipped: result.skipped });
    process.stderr.write(`${wrapParts(summary.split(' · '), stderrWidth())}\n`);
    if (opts.out) process.stderr.write(`report: ${opts.out} · journal: ${result.journalPath ?? 'none (--no-journal)'}\n`);
    if (opts.blindKeyPath !== undefined) process.stderr.write(`blind key (keep it from reviewers): ${opts.blindKeyPath}\n`);
  }
  if (counts.rows !== result.inputs) {
    process.exitCode = 2;
    return;
  }
  // One file that could not be screened is the command failing, as `profile` says of it (exit 2); in a batch it is a
  // row, and --fail-on error is the gate.
  if (result.inputs === 1 && counts.errors === 1 && !shard) {
    process.exitCode = 2;
    return;
  }
  const failOn = opts.failOn;
  if (failOn && result.rows.keys.some((row) => SEVERITY[verdictOf(row)] >= SEVERITY[failOn])) process.exitCode = 1;
}

/** `34 skipped: .yaml 30, .png 4` style detail for the no-inputs line. */
function skippedText(skipped: readonly { file: string; code: string }[]): string {
  return skipped.length === 0 ? 'nothing was skipped either' : `${skipped.length} skipped: ${skippedBreakdown(skipped)}`;
}

/**
 * The summary's parts (`72 scored (…)`, `0 errors`, …) joined with ` · `, a line break only between parts, so each
 * part stays whole and greppable ("12 resumed from journal"); a part longer than a line is wrapped at spaces.
 */
function wrapParts(parts: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = '';
  const indent = (): number => (lines.length === 0 ? 0 : 2);
  for (const part of parts) {
    const joined = line === '' ? part : `${line} · ${part}`;
    if ([...joined].length + 2 + indent() <= width || line === '') line = joined;
    else {
      lines.push(`${line} ·`);
      line = part;
    }
  }
  lines.push(line);
  return lines.map((l, i) => wrapWords(l, width, i === 0 ? '' : '  ', '  ')).join('\n');
}

function stderrWidth(): number {
  return outputWidth(process.stderr, process.env);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

