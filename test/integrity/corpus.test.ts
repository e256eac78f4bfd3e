// The red-team corpus (redteam.ts): every hidden or gamed variant of a failing résumé is not a pass and carries
// its warning; hidden text never reaches evidence; the controls are scored as what they openly say.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { buildProfile } from '../../src/profile/index.js';
import { loadRubric, type Rubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Evaluation } from '../../src/types.js';
import { CONTROLS, PAYLOAD, VARIANTS, VISIBLE_LOOKALIKES, type Format } from './redteam.js';

const AS_OF = { year: 2026, month: 11 };
const INTEGRITY = ['HIDDEN_TEXT', 'INSTRUCTION_TEXT', 'KEYWORD_LIST', 'KEYWORD_STUFFING', 'POSTING_COPY', 'REVERSED_RANGE'];
let rubric: Rubric;

beforeAll(async () => {
  rubric = await loadRubric('rubrics/em-user-understanding.yaml');
});

async function screen(bytes: Uint8Array, format: Format): Promise<Evaluation> {
  const doc = await extractBuffer(bytes, `candidate.${format}`);
  return scoreProfile(buildProfile(doc, { asOf: AS_OF, categories: rubric.roles, posting: rubric.posting }), rubric);
}

const honest = new Map<Format, Promise<Evaluation>>();
/** The honest résumé of a format, screened once. */
const honestOf = async (format: Format) => honest.get(format) ?? honest.set(format, screen(await CONTROLS[format].honest(), format)).get(format) as Promise<Evaluation>;

const codes = (e: Evaluation) => e.warnings.map((w) => w.code);

describe('red-team corpus', () => {
  it('has at least 40 variants across all four formats, with unique ids', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VARIANTS.map((v) => v.id)).size).toBe(VARIANTS.length);
    expect(new Set(VARIANTS.map((v) => v.format))).toEqual(new Set(['pdf', 'docx', 'md', 'txt']));
  });

  describe.each(Object.keys(CONTROLS) as Format[])('controls (%s)', (format) => {
    it('the honest résumé fails, with no integrity warning', async () => {
      const e = await screen(await CONTROLS[format].honest(), format);
      expect(e.verdict).toBe('fail');
      expect(codes(e).filter((c) => INTEGRITY.includes(c))).toEqual([]);
    });
    it('the same payload written openly is scored as what it says: a pass, no integrity warning', async () => {
      const e = await screen(await CONTROLS[format].visible(), format);
      expect(codes(e).filter((c) => INTEGRITY.includes(c))).toEqual([]);
      expect(e.verdict).toBe('pass');
    });
  });

  it.each(VISIBLE_LOOKALIKES.map((v) => [v.id, v] as const))('%s: the payload shown in a look-alike of a hiding method still passes', async (_id, lookalike) => {
    const e = await screen(await lookalike.build(), lookalike.format);
    expect(codes(e).filter((c) => INTEGRITY.includes(c))).toEqual([]);
    expect(e.profile?.hiddenLines ?? []).toEqual([]);
    expect(e.verdict).toBe('pass');
  });

  it.each(VARIANTS.map((v) => [v.id, v] as const))('%s: not a pass, and carries its warning', async (_id, variant) => {
    const e = await screen(await variant.build(), variant.format);
    expect(e.verdict).not.toBe('pass');
    const profile = e.profile;
    if (variant.expect) expect(codes(e)).toContain(variant.expect);
    else if (variant.rejected) {
      const [id, status] = variant.rejected;
      expect(e.outcomes.find((o) => o.requirementId === id)).toMatchObject({ met: false, data: { statuses: expect.arrayContaining([status]) } });
    }
    else expect([...(profile?.lines ?? []), ...(profile?.hiddenLines ?? [])].some((l) => l.text.includes('Orbit Ads'))).toBe(false);
    if (variant.reason) {
      // Hidden text buys nothing: the verdict of the honest résumé in the same format.
      expect(e.verdict).toBe((await honestOf(variant.format)).verdict);
      expect(profile?.hiddenLines?.map((l) => l.hidden?.reason)).toContain(variant.reason);
      // Hidden text is never quoted as evidence, and never makes a job.
      const hiddenTexts = new Set(profile?.hiddenLines?.map((l) => l.text));
      for (const o of e.outcomes) for (const ev of o.evidence) expect(hiddenTexts.has(ev.text)).toBe(false);
      expect(profile?.jobs.some((j) => /Orbit Ads/.test(`${j.title} ${j.org ?? ''}`))).toBe(false);
    }
    if (variant.expect === 'INSTRUCTION_TEXT' || variant.expect === 'POSTING_COPY') {
      // Never scored: a quoted line may be marked suspect, but no met requirement stands on such a line.
      for (const o of e.outcomes) if (o.met) for (const ev of o.evidence) expect(ev.suspect).not.toBe(variant.expect);
    }
    if (variant.expect === 'POSTING_COPY') {
      expect(e.profile?.lines.filter((l) => l.suspect === 'POSTING_COPY').length).toBeGreaterThanOrEqual(5);
      // The posting repeats its own terms: flagged as copied, it is not also stuffing.
      expect(codes(e)).not.toContain('KEYWORD_STUFFING');
    }
  });

  it('the payload really is the rubric’s must-haves (a hidden variant would pass without detection)', () => {
    expect(PAYLOAD.join(' ')).toMatch(/recommender systems/);
  });
});

describe('a comment in a Markdown résumé', () => {
  const md = (comment: string) => new TextEncoder().encode(['# Wren Abernathy-Osei', comment, '## Experience',
    '### Frontend Engineer, Quillfeather Ltd', 'Jan 2019 – Present', '- Built the storefront in React.'].join('\n'));
  it.each<[string, string, boolean]>([
    ['an author\'s note that names no rubric term is not reported', '<!-- The first heading is used as the page title -->', false],
    ['a link-reference comment of the same kind', '[//]: # (Keep the contact details on one line)', false],
    // Trap: the same channel naming the rubric's terms is hidden text.
    ['trap: a comment that names the rubric\'s terms is hidden text', '<!-- recommender systems, ads ranking, people management, Cursor -->', true],
  ])('%s', async (_name, comment, flagged) => {
    const e = await screen(md(comment), 'md');
    expect(codes(e).includes('HIDDEN_TEXT')).toBe(flagged);
    // Either way the comment is a hidden line, never evidence.
    expect(e.profile?.hiddenLines?.length).toBe(1);
  });
});

describe('front matter in a Markdown résumé', () => {
  const md = (front: string[]) => new TextEncoder().encode(['---', ...front, '---', '# Wren Abernathy-Osei', '## Experience',
    '### Frontend Engineer, Quillfeather Ltd', 'Jan 2019 – Present', '- Built the storefront in React.'].join('\n'));
  it('keywords a site generator never prints are hidden text, and never evidence', async () => {
    const e = await screen(md(['layout: cv', 'keywords: recommender systems, ads ranking, people management, Cursor, Claude Code']), 'md');
    expect(codes(e)).toContain('HIDDEN_TEXT');
    for (const o of e.outcomes) for (const ev of o.evidence) expect(ev.text).not.toMatch(/recommender/);
  });
  it('trap: a layout and a title name no rubric term: no warning', async () => {
    const e = await screen(md(['layout: cv', 'title: Wren Abernathy-Osei — CV']), 'md');
    expect(codes(e)).not.toContain('HIDDEN_TEXT');
  });
});
