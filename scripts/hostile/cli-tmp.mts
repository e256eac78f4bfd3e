import { runBuiltCli } from './run-cli.js';
const r = await runBuiltCli(['score', 'inputs', '--format', 'json', '--journal', '/tmp/hc/journal.jsonl', '--as-of', '2026-11-01', '--with-profile', '--explain'], '/tmp/hc', 300_000);
console.log('code', r.code, 'wall', r.wallMs, 'peak MB', Math.round(r.peakRssBytes / 2 ** 20));
console.log('stderr:', r.stderr.slice(-1500));
try {
  const j = JSON.parse(r.stdout) as { results: Array<{ file: string; status: string; error?: { code: string }; warnings?: Array<{ code: string }>; duplicateOf?: string; elapsedMs?: number }>; skipped: unknown[] };
  for (const row of j.results) console.log(JSON.stringify([row.file, row.status, row.error?.code, (row.warnings ?? []).map((w) => w.code).join(','), row.duplicateOf ?? '', row.elapsedMs])); 
  console.log(JSON.stringify(j.skipped));
} catch (e) { console.log('NOT JSON', (e as Error).message, r.stdout.slice(0, 300)); }
