// `score --blind` end to end over every labelled fixture (fixtures/resumes and the layout zoo): no identifying string
// of any of them (name parts of 3+ letters in any case or accent, e-mail, phone, profile URL, file name) appears in
// any output format — json and jsonl with the full profile, table, csv, markdown, html, the one-file report, the
// audit log — and verdicts, scores and requirement outcomes are exactly those of a plain run. Identities come from
// the labels (test/tools/blind/identities.ts), never from the tool's own reading.
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/blind/fold.js';
import { keyDigest, type JournalKey } from '../../src/run/journal.js';
import { fixtureIdentities, type FixtureIdentity } from '../tools/blind/identities.js';
import { tempDir } from '../cli/helpers/corpus.js';
import { runCli, type CliResult } from '../cli/helpers/run.js';

const AS_OF = ['--as-of', '2026-11-01'];
const INPUTS = ['fixtures/resumes', 'fixtures/zoo'];
const identities = fixtureIdentities();

interface Result {
  file: string;
  sha256?: string;
  rank: number;
  status: string;
  verdict?: string;
  score?: number;
  requirements?: { id: string; met: boolean; near: boolean; value?: number; code: string }[];
}
interface KeyFile {
  salt: string;
  entries: { id: string; file: string; sha256?: string }[];
}

const words = (text: string): Set<string> => new Set((text.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => fold(w)));
/** Digits of every run of digits and phone punctuation: a phone split or regrouped is still found. */
const digitRuns = (text: string): string[] => (text.match(/[\d][\d\s().+/-]{5,}[\d]/g) ?? []).map((r) => r.replace(/\D/g, ''));
const basename = (file: string): string => file.split('/').pop()?.replace(/\.[a-z]+$/, '') ?? file;

interface View {
  words: Set<string>;
  lower: string;
  /** Every digit run, digits only, joined by '|'. */
  digits: string;
}
const view = (text: string): View => ({ words: words(text), lower: text.toLowerCase(), digits: digitRuns(text).join('|') });

/** What of `identity` shows in `text`; `allowedWords`: words that other rows carry for their own reasons. */
function leaks(text: string | View, identity: FixtureIdentity, allowedWords: Set<string> = new Set()): string[] {
  const v = typeof text === 'string' ? view(text) : text;
  const found: string[] = [];
  for (const part of identity.nameParts) if (v.words.has(fold(part)) && !allowedWords.has(fold(part))) found.push(part);
  for (const s of identity.strings) {
    if (v.lower.includes(s.toLowerCase())) found.push(s);
    if (s.startsWith('+') && v.digits.includes(s.replace(/\D/g, ''))) found.push(`digits of ${s}`);
  }
  if (v.lower.includes(basename(identity.file).toLowerCase())) found.push(`file ${basename(identity.file)}`);
  return found;
}

describe('score --blind over every labelled fixture', () => {
  const dir = tempDir('rs-blind-');
  const journal = join(dir, 'blind.journal.jsonl');
  const key = join(dir, 'blind-key.json');
  const audit = join(dir, 'audit.jsonl');
  const outputs = new Map<string, string>();
  let plain: Result[] = [];
  let blind: Result[] = [];
  let keyFile: KeyFile;
  const run = async (args: string[]): Promise<CliResult> => {
    const r = await runCli(['score', ...INPUTS, ...AS_OF, '--explain', '-q', ...args]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    return r;
  };

  beforeAll(async () => {
    // 1. Blind, read once (json with every line of each profile), then each other format from the journal.
    await run(['--blind', '--blind-key', key, '--journal', journal, '--with-profile', '-f', 'json', '-o', join(dir, 'report.json')]);
    for (const [format, file] of [['jsonl', 'report.jsonl'], ['table', 'report.txt'], ['csv', 'report.csv'], ['markdown', 'report.md'], ['html', 'report.html']] as const) {
      const extra = format === 'csv' ? ['--audit', audit] : [];
      await run(['--blind', '--blind-key', key, '--journal', journal, '--resume', '--with-profile', '-f', format, '-o', join(dir, file), ...extra]);
    }
    for (const file of ['report.json', 'report.jsonl', 'report.txt', 'report.csv', 'report.md', 'report.html', 'audit.jsonl', 'blind.journal.jsonl']) outputs.set(file, readFileSync(join(dir, file), 'utf8'));
    blind = (JSON.parse(outputs.get('report.json') ?? '') as { results: Result[] }).results;
    keyFile = JSON.parse(readFileSync(key, 'utf8')) as KeyFile;
    // 2. The same files, plain.
    const out = await run(['--no-journal', '-f', 'json']);
    plain = (JSON.parse(out.stdout) as { results: Result[] }).results;
  }, 900_000);

  it('covers every labelled fixture', () => {
    expect(identities.length).toBeGreaterThanOrEqual(180);
    expect(blind).toHaveLength(plain.length);
    const files = new Set(keyFile.entries.map((e) => e.file));
    for (const id of identities) expect(files.has(id.file), id.file).toBe(true);
  });

  it('gives the same verdicts, scores, ranks and requirement outcomes as a plain run', () => {
    const fileOf = new Map(keyFile.entries.map((e) => [e.id, e.file]));
    const shape = (r: Result, file: string): unknown => ({ file, rank: r.rank, status: r.status, verdict: r.verdict, score: r.score, sha256: r.sha256, requirements: r.requirements?.map(({ id, met, near, value, code }) => ({ id, met, near, value, code })) });
    const unblinded = blind.map((r) => shape(r, fileOf.get(r.file) ?? `unknown id ${r.file}`));
    const byFile = (a: unknown, b: unknown): number => ((a as { file: string }).file < (b as { file: string }).file ? -1 : 1);
    expect(unblinded.sort(byFile)).toEqual(plain.map((r) => shape(r, r.file)).sort(byFile));
    expect(blind.every((r) => /^cand-[0-9a-f]{10}$/.test(r.file))).toBe(true);
  });

  it('leaves no identifying string of a fixture in its own JSON row (profile and evidence included)', () => {
    const fileOf = new Map(keyFile.entries.map((e) => [e.id, e.file]));
    const byFile = new Map(identities.map((i) => [i.file, i]));
    const problems: string[] = [];
    for (const row of blind) {
      const identity = byFile.get(fileOf.get(row.file) ?? '');
      if (!identity) continue;
      const found = leaks(JSON.stringify(row), identity);
      if (found.length) problems.push(`${identity.file}: ${found.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves none in any other format, the audit log or the journal', () => {
    // A word may be in a report because another résumé uses it ("Lund University"): allowed only where the
    // row-by-row checked JSON has it too.
    const allowed = words(outputs.get('report.json') ?? '');
    const problems: string[] = [];
    for (const [file, text] of outputs) {
      if (file === 'blind.journal.jsonl') continue; // checked below: it keeps paths to resume by
      const v = view(text);
      for (const identity of identities) {
        const found = leaks(v, identity, allowed);
        if (found.length) problems.push(`${file} ${identity.file}: ${found.join(', ')}`);
      }
    }
    // The journal keeps each row's path (to resume by) but none of the résumé's own identifiers.
    const journalText = outputs.get('blind.journal.jsonl') ?? '';
    const journalLower = journalText.toLowerCase();
    for (const identity of identities) for (const s of identity.strings) if (journalLower.includes(s.toLowerCase())) problems.push(`journal ${identity.file}: ${s}`);
    expect(problems).toEqual([]);
    expect(outputs.get('report.csv')?.split('\n')[1]).toMatch(/^\d+,cand-[0-9a-f]{10},/);
    const records = (outputs.get('audit.jsonl') ?? '').trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; file?: string; options?: { blind?: boolean } });
    expect(records[0]?.options?.blind).toBe(true);
    expect(records.filter((r) => r.type === 'result').every((r) => /^cand-/.test(r.file ?? ''))).toBe(true);
  });

  it('writes a private key file mapping every id to its file and content hash', () => {
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const plainSha = new Map(plain.map((r) => [r.file, r.sha256]));
    for (const e of keyFile.entries.filter((x) => x.id.startsWith('cand-'))) expect(e.sha256, e.file).toBe(plainSha.get(e.file));
    expect(new Set(keyFile.entries.map((e) => e.id)).size).toBe(keyFile.entries.length);
  });

  it.each([
    'fixtures/resumes/anna-lindqvist.pdf',
    'fixtures/resumes/dmitry-sokolov.docx',
    'fixtures/resumes/connor-walsh.txt',
    'fixtures/zoo/fop/anya-kowalski-mbeki-linkedin.pdf',
  ])('one-file report of %s: nothing identifying, same verdict and score', async (file) => {
    const identity = identities.find((i) => i.file === file);
    if (!identity) throw new Error(`no label for ${file}`);
    const report = await runCli(['score', file, ...AS_OF, '--explain', '--blind', '--no-journal', '-q']);
    expect([report.code, report.stderr]).toEqual([0, '']);
    expect(leaks(report.stdout, identity)).toEqual([]);
    const row = plain.find((r) => r.file === file);
    expect(report.stdout).toContain(`${(row?.verdict ?? '').toUpperCase()}  score ${row?.score ?? ''}/100`);
    expect(report.stdout).toMatch(/^cand-[0-9a-f]{10}\n/);
  }, 60_000);
});

describe('score --blind: errors, usage, resume', () => {
  it('shows ids, never paths, for missing and broken files; a batch to stdout needs a key file', async () => {
    const dir = tempDir('rs-blind-err-');
    mkdirSync(join(dir, 'in'));
    copyFileSync('fixtures/broken/encrypted.pdf', join(dir, 'in', 'ada-quill-cv.pdf'));
    writeFileSync(join(dir, 'in', 'ada-quill-photo.png'), 'not a résumé');
    const missing = join(dir, 'in', 'bo-lindgren.pdf');
    const key = join(dir, 'key.json');
    const refused = await runCli(['score', join(dir, 'in'), missing, '--blind', ...AS_OF, '--no-journal']);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('--blind-key')]);
    const r = await runCli(['score', join(dir, 'in'), missing, '--blind', '--blind-key', key, ...AS_OF, '--no-journal', '-f', 'json', '--verbose']);
    expect(r.code).toBe(0);
    for (const secret of ['ada-quill', 'bo-lindgren', 'Ada', 'Lindgren']) expect(`${r.stdout}\n${r.stderr}`).not.toContain(secret);
    const report = JSON.parse(r.stdout) as { results: { file: string; error?: { code: string } }[]; skipped: { file: string }[] };
    expect(report.results.map((x) => x.error?.code).sort()).toEqual(['ENCRYPTED', 'NOT_FOUND']);
    expect(report.skipped.map((s) => s.file)).toEqual([expect.stringMatching(/^skip-[0-9a-f]{10}$/)]);
    expect(r.stderr).toMatch(/NOT_FOUND: "cand-[0-9a-f]{10}"/);
    // The key file unblinds all three; a second run with it gives the same ids.
    const keyFile = JSON.parse(readFileSync(key, 'utf8')) as KeyFile;
    expect(keyFile.entries.map((e) => e.file).sort()).toEqual([join(dir, 'in', 'ada-quill-cv.pdf'), join(dir, 'in', 'ada-quill-photo.png'), missing].sort());
    // JSONL to stdout is streamed as rows finish: ids there too.
    const again = await runCli(['score', join(dir, 'in'), missing, '--blind', '--blind-key', key, ...AS_OF, '--no-journal', '-f', 'jsonl']);
    const streamed = again.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
    expect(streamed.sort()).toEqual(report.results.map((x) => x.file).sort());
    // A file that is not a key file is never overwritten.
    writeFileSync(join(dir, 'notes.json'), '{"mine": true}');
    const clash = await runCli(['score', join(dir, 'in'), '--blind', '--blind-key', join(dir, 'notes.json'), ...AS_OF, '--no-journal']);
    expect([clash.code, clash.stderr]).toEqual([2, expect.stringContaining('BLIND_KEY_INVALID')]);
    expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe('{"mine": true}');
    const stray = await runCli(['score', join(dir, 'in'), '--blind-key', key, ...AS_OF, '--no-journal']);
    expect([stray.code, stray.stderr]).toEqual([2, expect.stringContaining('--blind-key is used only with --blind')]);
  }, 120_000);

  it('keys the journal by blind mode, so a resume never mixes blind and plain rows', () => {
    const key: JournalKey = { rubricSha256: 'a', toolVersion: '1', codeId: 'c1', asOf: '2026-11-01', withProfile: false, limits: { timeoutMs: 1, maxMemoryMb: 1, maxBytes: 1 } };
    expect(keyDigest({ ...key, blind: true })).not.toBe(keyDigest(key));
    expect(keyDigest({ ...key, blind: false })).toBe(keyDigest(key));
  });
});
