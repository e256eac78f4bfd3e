// `resume-screen merge shard-*.jsonl`: the shards of one `score --shard K/N` run as the report a single run prints.
// Exit codes as `score`: 0 merged; 1 --fail-on matched; 2 shards refused (one line, a stable code) or I/O error.
import { formatForPath, type Format } from '../../report/formats.js';
import { reportChunks, summarize, verdictOf, type SourceInput } from '../../report/index.js';
import { MergeError, mergeShards } from '../../run/shard/merge.js';
import { CliError } from '../fatal.js';
import { colorEnabled, outputWidth } from '../terminal.js';
import { checkWritable, flushStdout, writeAtomic, writeChunks } from './score-output.js';

type FailOn = 'pass' | 'review' | 'fail' | 'error';
const SEVERITY: Record<FailOn, number> = { pass: 0, review: 1, fail: 2, error: 3 };

export async function mergeCommand(paths: string[], raw: Record<string, unknown>): Promise<void> {
  // 1. Options.
  const out = typeof raw.out === 'string' ? raw.out : undefined;
  if (out) checkWritable(out);
  const format = (typeof raw.format === 'string' ? raw.format : out ? formatForPath(out) : undefined) ?? 'table';
  const started = Date.now();
  // 2. The shards: all of one run, or a one-line refusal.
  let merged;
  try {
    merged = mergeShards(paths);
  } catch (err) {
    if (err instanceof MergeError) throw new CliError(err.code, err.message);
    throw err;
  }
  // 3. The report, as `score` prints it (`score -f html` reads profiles for its timelines; shards have them only if asked).
  if (format === 'html' && !merged.withProfile && raw.quiet !== true) process.stderr.write('resume-screen: note: the shards were scored without --with-profile: the HTML report has no role timelines\n');
  const input: SourceInput = { source: merged.source, meta: merged.meta, skipped: merged.skipped };
  const flag = typeof raw.color === 'boolean' ? raw.color : undefined;
  const options = {
    color: colorEnabled({ flag, env: process.env, isTTY: out === undefined && process.stdout.isTTY === true }),
    width: outputWidth(out === undefined ? process.stdout : {}, process.env),
    explain: raw.explain === true,
    bom: raw.bom === true,
    ...(typeof raw.top === 'string' ? { top: Number(raw.top) } : {}),
  };
  const chunks = reportChunks(format as Format, input, options);
  if (out) writeAtomic(out, chunks);
  else writeChunks((text) => process.stdout.write(text), chunks);
  await flushStdout();
  // 4. Summary and exit code.
  const counts = summarize(merged.source.keys, merged.skipped.length);
  if (raw.quiet !== true) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`${merged.shards} shards merged · ${counts.scored} scored (${counts.pass} pass, ${counts.review} review, ${counts.fail} fail) · ${counts.errors} errors · ${counts.skipped} skipped · ${counts.duplicates} duplicates · ${seconds} s · rows = inputs (${counts.rows}) ${counts.rows === merged.inputs ? '✓' : '✗'}\n`);
  }
  const failOn = typeof raw.failOn === 'string' ? (raw.failOn as FailOn) : undefined;
  if (failOn && merged.source.keys.some((row) => SEVERITY[verdictOf(row)] >= SEVERITY[failOn])) process.exitCode = 1;
}
