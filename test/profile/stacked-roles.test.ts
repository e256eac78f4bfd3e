// Roles stacked under one organisation with one block of text ("Staff — 2022–now" / "Senior — 2019–2022" / bullets):
// each is judged on the block's text, so the upper role is not title-only; text never crosses to another employer.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

function creditOf(lines: string[], title: string): string {
  const profile = buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES });
  const job = profile.jobs.find((j) => j.title === title);
  if (!job) return 'no job';
  const m = job.categories.find((c) => c.category === 'applied-ml');
  return m ? (m.flag ?? m.via) : 'none';
}

describe('stacked roles share their block of text', () => {
  const cases: [string, string[], string, string][] = [
    [
      'two roles at one company, one block: the upper role is backed by the block',
      ['Experience', 'Quillfeather Labs, Remote', 'Staff Machine Learning Engineer — Apr 2022 – Present', 'Senior Machine Learning Engineer — Jan 2019 – Mar 2022', '• Trained ranking models in PyTorch for marketplace search.'],
      'Staff Machine Learning Engineer',
      'title+evidence',
    ],
    [
      'trap: the next role is at another company — its text is not borrowed',
      ['Experience', 'Staff Machine Learning Engineer, Quillfeather Labs — Apr 2022 – Present', 'Senior Machine Learning Engineer, Orla Home Goods — Jan 2019 – Mar 2022', '• Trained ranking models in PyTorch for marketplace search.'],
      'Staff Machine Learning Engineer',
      'TITLE_ONLY',
    ],
    [
      'trap: a role with text of its own keeps its own text',
      ['Experience', 'Quillfeather Labs, Remote', 'Staff Machine Learning Engineer — Apr 2022 – Present', '• Ran the hiring loop and the on-call rota.', 'Senior Machine Learning Engineer — Jan 2019 – Mar 2022', '• Trained ranking models in PyTorch for marketplace search.'],
      'Staff Machine Learning Engineer',
      'TITLE_ONLY',
    ],
  ];
  it.each(cases)('%s', (_name, lines, title, expected) => {
    expect(creditOf(lines, title)).toBe(expected);
  });
});
