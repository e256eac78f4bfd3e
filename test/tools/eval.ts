// npm run eval [-- --engine latex] [--corpus zoo|fixtures|all] [--problems] [--json] [--check]
// Measures reading at the job level on the labelled corpus: recall and precision of jobs, dates, title and company
// right, and requirement outcomes right (test/tools/eval/). --check exits 1 when a figure is below its floor
// (test/tools/eval/floors.json), as `npm test` does.
import { readFileSync } from 'node:fs';
import { fixtureFiles, zooFiles, type LabelledFile } from './eval/labels.js';
import { evaluateCorpus, figures, tallyAll } from './eval/run.js';
import { belowFloors, formatProblems, formatTable } from './eval/report.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function corpus(): LabelledFile[] {
  const which = option('--corpus') ?? 'all';
  const files = [...(which === 'zoo' ? [] : fixtureFiles()), ...(which === 'fixtures' ? [] : zooFiles())];
  const engine = option('--engine');
  return engine === undefined ? files : files.filter((f) => f.engine === engine);
}

const results = await evaluateCorpus(corpus());
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ overall: figures(tallyAll(results)), tally: tallyAll(results) }, null, 2) + '\n');
} else {
  process.stdout.write(formatTable(results));
  if (process.argv.includes('--problems')) process.stdout.write('\n' + formatProblems(results));
}
if (process.argv.includes('--check')) {
  const floors = JSON.parse(readFileSync(new URL('./eval/floors.json', import.meta.url), 'utf8')) as Record<string, number>;
  const below = belowFloors(results, floors);
  for (const b of below) process.stderr.write(`eval: ${b}\n`);
  if (below.length > 0) process.exitCode = 1;
}
