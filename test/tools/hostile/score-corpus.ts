// `node --import tsx test/tools/hostile/score-corpus.ts <dir> [good.pdf …] [-- extra score flags]`: generate the hostile
// corpus, screen it with the built CLI (run `npm run build` first), and print each file's outcome against the
// manifest, plus wall time and peak RSS of the whole process tree (the README's figures).
import { join } from 'node:path';
import { generateHostileCorpus } from './index.js';
import { outcomesOf, showsSecret, strayRows, type ScoreJson } from './check.js';
import { runBuiltCli } from './run-cli.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args.indexOf('--');
  const [dir = '/tmp/hostile-score', ...good] = split < 0 ? args : args.slice(0, split);
  const extra = split < 0 ? [] : args.slice(split + 1);
  const manifest = await generateHostileCorpus(dir);
  const journal = join(dir, 'journal.jsonl');
  const run = await runBuiltCli(['score', 'inputs', ...good, '--format', 'json', '--journal', journal, '--as-of', '2026-11-01', '--with-profile', '--explain', ...extra], dir, 600_000);
  const json = JSON.parse(run.stdout) as ScoreJson;
  for (const o of outcomesOf(manifest, json)) {
    const f = manifest.files.find((x) => x.id === o.id);
    const flag = o.ok ? (o.missingWarnings.length ? `ok, no ${o.missingWarnings.join(',')}` : 'ok') : 'WRONG';
    console.log(`${o.id}  ${flag.padEnd(22)} ${o.outcome.padEnd(16)} expect ${f?.expect.join('|')}`);
  }
  for (const row of strayRows(json, good)) console.log(`stray row: ${row.file} ${row.status}`);
  const leaks = manifest.secrets.filter((s) => [run.stdout, run.stderr].some((t) => showsSecret(t, s.content)));
  console.log(`leaks: ${leaks.length ? leaks.map((s) => s.path).join(', ') : 'none'}`);
  console.log(`exit ${run.code}; wall ${(run.wallMs / 1000).toFixed(1)} s; peak RSS of the process tree ${Math.round(run.peakRssBytes / 2 ** 20)} MB; ${json.results.length} rows`);
  console.log(run.stderr.trim().split('\n').slice(-1)[0] ?? '');
}

await main();
