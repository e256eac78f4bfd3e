// `resume-screen rubric test <rubric> [--cases FILE]`: score each labelled résumé and compare with its labels.
import { loadRubric, RubricError } from '../../rubric/index.js';
import { formatTest, type TestFormat } from '../../report/rubric-test.js';
import { CliError } from '../fatal.js';
import { findRepoRoot, repoRelative } from '../repo-path.js';
import { defaultCasesPath, loadCases } from './rubric-cases.js';
import { compareCase, summarise, type CaseResult } from './rubric-compare.js';
import { isDocument, parseAsOf, readDocument, scoreDocument } from './rubric-evaluate.js';

export async function rubricTestCommand(rubricPath: string, opts: Record<string, unknown>): Promise<void> {
  // 1. The rubric must be valid before any résumé is read.
  const rubric = await loadRubric(rubricPath).catch((err: unknown) => {
    if (err instanceof RubricError) throw new CliError('RUBRIC_INVALID', `${err.message} (run: resume-screen rubric lint ${rubricPath})`, 2);
    throw err;
  });
  // 2. Cases and the as-of date (--as-of wins over the file's).
  const casesPath = typeof opts.cases === 'string' ? opts.cases : defaultCasesPath(rubricPath, rubric.id);
  const cases = loadCases(casesPath);
  const asOf = parseAsOf(opts.asOf ?? cases.asOf);
  // 3. Run every case in this process: these are the project's (or team's) own trusted, labelled fixtures.
  const results: CaseResult[] = [];
  for (const c of cases.cases) {
    const doc = await readDocument(c.abs);
    results.push(isDocument(doc) ? compareCase(c, scoreDocument(doc, rubric, asOf)) : compareCase(c, undefined, doc.code));
  }
  // 4. Report; any failed case fails the gate.
  const summary = summarise(results);
  const format = (typeof opts.format === 'string' ? opts.format : 'stylish') as TestFormat;
  const root = findRepoRoot();
  const report = { rubric: rubricPath, casesFile: casesPath, results, summary };
  process.stdout.write(formatTest(report, format, { relativePath: (f) => repoRelative(f, root) }));
  process.exitCode = summary.failed > 0 ? 1 : 0;
}
