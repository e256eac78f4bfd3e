// The legacy-format twins (fixtures/formats/, made by `npm run fixtures:formats`): each fictional résumé saved by
// LibreOffice as .doc, .rtf and .odt reads to the same lines (text and channel) as its DOCX, gives the jobs and
// dates its source labels, and scores the same verdict, score and requirement outcomes against the shipped rubric.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractBuffer, extractFile } from '../../src/extract/index.js';
import { DOC_KINDS, kindFromExtension, READ_EXTENSIONS } from '../../src/extract/formats.js';
import { sniffType } from '../../src/extract/sniff.js';
import { buildProfile } from '../../src/profile/index.js';
import { loadRubric } from '../../src/rubric/index.js';
import { scoreProfile } from '../../src/score/index.js';
import type { Document, Profile } from '../../src/types.js';
import { makeDocx, makeZip, para } from './build.js';

const DIR = 'fixtures/formats';
const AS_OF = { year: 2026, month: 11 };
const TWINS = ['doc', 'rtf', 'odt'] as const;
const rubric = await loadRubric('rubrics/em-user-understanding.yaml');

interface LabelledJob {
  title: string;
  org: string;
  start: string;
  end: string;
  kind: string;
}

const ym = (v: { year: number; month: number } | 'present' | undefined): string =>
  v === undefined ? '' : v === 'present' ? 'present' : `${v.year}-${String(v.month).padStart(2, '0')}`;
const linesOf = (doc: Document) => doc.lines.map((l) => ({ text: l.text, channel: l.channel ?? 'body', hidden: l.hidden?.reason }));
const jobsOf = (p: Profile) => p.jobs.map((j) => ({ title: j.title, org: j.org ?? '', start: ym(j.range?.start), end: ym(j.range?.end), kind: j.kind }));

async function read(slug: string, ext: string): Promise<{ doc: Document; profile: Profile }> {
  const doc = await extractFile(`${DIR}/${slug}.${ext}`);
  return { doc, profile: buildProfile(doc, { asOf: AS_OF, categories: rubric.roles }) };
}

describe.each(['priya-okonjo', 'tomas-varga'])('%s: .doc, .rtf and .odt read as the DOCX', (slug) => {
  const labels = (parse(readFileSync(`${DIR}/${slug}.yaml`, 'utf8')) as { expected: { jobs: LabelledJob[] } }).expected.jobs;

  it.each(TWINS)('.%s: same lines, jobs and dates as the labels, same verdict and outcomes as the DOCX', async (ext) => {
    const docx = await read(slug, 'docx');
    const twin = await read(slug, ext);
    expect(twin.doc.kind).toBe(ext);
    expect(twin.doc.warnings).toEqual([]);
    expect(linesOf(twin.doc)).toEqual(linesOf(docx.doc));
    expect(jobsOf(twin.profile)).toEqual(labels);
    const [a, b] = [scoreProfile(docx.profile, rubric), scoreProfile(twin.profile, rubric)];
    expect(b.verdict).toBe(a.verdict);
    expect(b.score).toBe(a.score);
    expect(b.outcomes.map((o) => [o.requirementId, o.met, o.value])).toEqual(a.outcomes.map((o) => [o.requirementId, o.met, o.value]));
  });
});

describe('CJK text through the legacy formats (haruka-mori: Japanese)', () => {
  it.each(TWINS)('.%s keeps the Japanese text, dates and table of the DOCX', async (ext) => {
    const [docx, twin] = [await extractFile(`${DIR}/haruka-mori.docx`), await extractFile(`${DIR}/haruka-mori.${ext}`)];
    expect(linesOf(twin)).toEqual(linesOf(docx));
    const text = twin.lines.map((l) => l.text);
    expect(text).toContain('森 遥香');
    expect(text).toContain('株式会社ノースウィンド');
    expect(text).toContain('機械学習エンジニア\t2019年4月 – 現在');
  });
});

describe('the reader registry', () => {
  it('types files by their bytes, whatever their names', async () => {
    const bytes = (ext: string) => new Uint8Array(readFileSync(`${DIR}/priya-okonjo.${ext}`));
    expect(['docx', 'doc', 'rtf', 'odt', 'pdf'].map((ext) => sniffType(bytes(ext)))).toEqual(['docx', 'doc', 'rtf', 'odt', 'pdf']);
    const renamed = await extractBuffer(bytes('rtf'), 'cv.doc');
    expect(renamed.kind).toBe('rtf');
    expect(renamed.warnings).toEqual([{ code: 'EXTENSION_MISMATCH', severity: 'warning', data: { extension: 'doc', detected: 'rtf' } }]);
  });

  it.each<[string, Uint8Array, string]>([
    ['a zip whose first entry is an ODF text mimetype', makeZip({ mimetype: 'application/vnd.oasis.opendocument.text' }, 0), 'odt'],
    ['an ODF spreadsheet (mimetype …spreadsheet): not ODT, so tried as DOCX', makeZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }, 0), 'docx'],
    ['a DOCX', makeDocx([para('x')]), 'docx'],
    ['"{\\rtf1" ', new TextEncoder().encode('{\\rtf1\\ansi hello}'), 'rtf'],
    ['"{\\rt" (not RTF): plain text', new TextEncoder().encode('{\\rt hello}'), 'text'],
  ])('%s → %s', (_name, bytes, kind) => {
    expect(sniffType(bytes)).toBe(kind);
  });

  it('knows each kind by its extensions, and a folder walk reads all of them', () => {
    expect(['a.DOC', 'b.rtf', 'c.odt', 'd.docx', 'e.md', 'f.pages', 'g'].map(kindFromExtension)).toEqual(['doc', 'rtf', 'odt', 'docx', 'text', undefined, undefined]);
    expect([...READ_EXTENSIONS]).toEqual(expect.arrayContaining(['.doc', '.rtf', '.odt', '.pdf', '.docx', '.txt', '.md']));
    expect(DOC_KINDS).toHaveLength(6);
  });
});
