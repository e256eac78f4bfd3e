// `resume-screen profile <file>`: what was read from one résumé — the normalised lines, or the understood profile
// (sections, jobs, ranges, role categories, years, gaps) as text for people or JSON for programs.
// One trusted-by-the-user file is read in this process; batches go through the child-process pool (`score`).
import { extractFile } from '../../extract/index.js';
import { buildProfile } from '../../profile/index.js';
import { screenLines } from '../../profile/screen-lines.js';
import { formatProfileJson, formatProfileText } from '../../report/profile.js';
import { describe } from '../../report/messages.js';
import { formatLineRow } from '../../report/line-marks.js';
import { ScreenError } from '../../types.js';
import { CliError } from '../fatal.js';
import { colorEnabled } from '../terminal.js';
import { asOfDate, SHIPPED_RUBRIC } from './score-options.js';
import { loadCheckedRubric } from './score-rubric.js';
import { packageVersion } from '../version.js';

export async function profileCommand(file: string, opts: Record<string, unknown>): Promise<void> {
  // 1. Options: the as-of month and the rubric whose role categories classify jobs.
  const [year, month] = asOfDate(opts.asOf).split('-').map(Number);
  const asOf = { year: year ?? 1970, month: month ?? 1 };
  const maxBytes = Number(opts.maxBytes);
  if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new CliError('USAGE', `--max-bytes must be a whole number ≥ 1`);
  const rubric = await loadCheckedRubric(typeof opts.rubric === 'string' ? opts.rubric : SHIPPED_RUBRIC, packageVersion());
  // 2. Read the file; a known failure is one line with its code (exit 2), never a stack.
  const doc = await extractFile(file, { maxBytes }).catch((err: unknown) => {
    if (err instanceof ScreenError) throw new CliError(err.code, describe(err.code, err.data));
    throw err;
  });
  // 3. Print what was asked for.
  if (opts.format === 'lines') {
    // The text as read, with control bytes (ESC, BEL, bidi overrides) made visible, and what a reader would not see
    // marked: never sent to the terminal raw.
    const { visible, hidden } = screenLines(doc);
    process.stdout.write([...visible, ...hidden].map(formatLineRow).join('\n') + '\n');
    return;
  }
  const profile = buildProfile(doc, { asOf, categories: rubric.roles, posting: rubric.posting });
  const color = colorEnabled({ flag: typeof opts.color === 'boolean' ? opts.color : undefined, env: process.env, isTTY: process.stdout.isTTY === true });
  if (opts.format === 'json') process.stdout.write(formatProfileJson(profile, { color: false, includeLines: true }));
  else process.stdout.write(formatProfileText(profile, { color }));
}
