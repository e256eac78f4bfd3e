// The pure formatters: ranking, --top, CSV (RFC 4180 + formula neutralisation), table colour on/off, markdown, JSON.
import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv } from '../../src/report/csv.js';
import { formatJson, type JsonReport } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { rankRows } from '../../src/report/source.js';
import { formatSingle } from '../../src/report/single.js';
import { formatTable } from '../../src/report/table.js';
import { MIXED, failed, sampleInput, scored } from './rows.js';

const ANSI = /\u001b\[/;

describe('ranking', () => {
  it('sorts by verdict (pass, review, fail, error), then score high to low, and --top cuts after ranking', () => {
    expect(rankRows(MIXED).map((r) => r.row.file)).toEqual(['a-pass-high.docx', 'a-pass-low.pdf', 'b-review.pdf', 'c-fail.pdf', 'locked.pdf']);
    expect(rankRows(MIXED, 2).map((r) => [r.rank, r.row.file])).toEqual([
      [1, 'a-pass-high.docx'],
      [2, 'a-pass-low.pdf'],
    ]);
    expect(rankRows(MIXED, 0)).toEqual([]);
  });

  it('breaks score ties by file name so the order is stable, but tied rows share their rank (1, 1, 3)', () => {
    const rows = [scored('z.pdf', 'pass', 80), scored('m.pdf', 'pass', 80), scored('a.pdf', 'pass', 70), scored('b.pdf', 'review', 70)];
    expect(rankRows(rows).map((r) => [r.rank, r.row.file])).toEqual([
      [1, 'm.pdf'],
      [1, 'z.pdf'],
      [3, 'a.pdf'],
      [4, 'b.pdf'],
    ]);
    const errors = [failed('x.pdf', 'CORRUPT', 'x'), failed('y.pdf', 'ENCRYPTED', 'y')];
    expect(rankRows(errors).map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['plain.pdf', 'plain.pdf'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['mid=dle', 'mid=dle'],
    ['\u001b[31mred', '�[31mred'],
  ])('cell %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves numbers and booleans alone and writes nothing for undefined', () => {
    expect([csvCell(71), csvCell(true), csvCell(undefined)]).toEqual(['71', 'true', '']);
  });

  it('writes CRLF rows, a header with every requirement, ranked rows, and neutralises hostile file names', () => {
    const rows = [...MIXED, scored('=cmd|calc.pdf', 'fail', 1)];
    const lines = formatCsv(sampleInput(rows), { explain: false }).split('\r\n');
    expect(lines[0]).toBe(
      'rank,file,name,email,status,verdict,score,applied-ml-years.met,applied-ml-years.near,applied-ml-years.value,recsys-or-ads.met,recsys-or-ads.near,recsys-or-ads.value,technical-leadership.met,technical-leadership.near,technical-leadership.value,warnings,error_code,error_message,duplicate_of,sha256,integrity',
    );
    expect(lines[1]).toBe('1,a-pass-high.docx,,,scored,pass,93,true,false,9.25,true,false,,true,false,2,,,,,sha-a-pass-high.docx,');
    expect(lines).toContain("5,'=cmd|calc.pdf,,,scored,fail,1,true,false,7,false,false,,true,false,2,,,,,sha-=cmd|calc.pdf,");
    expect(lines.at(-2)).toBe('6,locked.pdf,,,error,error,,,,,,,,,,,,ENCRYPTED,password-protected PDF: cannot be read without the password,,,');
    expect(lines.at(-1)).toBe('');
  });

  it('marks a near miss in its own column, lists warnings once with counts, and starts with a BOM only when asked', () => {
    const near = scored('near.pdf', 'review', 60, 5.75);
    near.outcomes[0] = { ...near.outcomes[0]!, met: false, near: true };
    near.warnings = [{ code: 'NO_DATES', severity: 'warning' }, { code: 'NO_DATES', severity: 'warning' }, { code: 'PAGE_CAP', severity: 'warning' }];
    const plain = formatCsv(sampleInput([near]), { explain: false });
    expect(plain.startsWith('rank,')).toBe(true);
    expect(plain.split('\r\n')[1]).toBe('1,near.pdf,,,scored,review,60,false,true,5.75,true,false,,true,false,2,NO_DATES×2 PAGE_CAP,,,,sha-near.pdf,');
    expect(formatCsv(sampleInput([near]), { explain: false, bom: true }).startsWith('\uFEFFrank,')).toBe(true);
  });

  it('--explain adds an evidence column, quoted, one line per evidence', () => {
    const csv = formatCsv(sampleInput([scored('a.pdf', 'pass', 90, 7, '-minus, "quoted"')]), { explain: true });
    expect(csv).toContain(`,"applied-ml-years: -minus, ""quoted"""\r\n`);
  });
});

describe('table', () => {
  it('has no ANSI codes when colour is off, and every requirement compactly, must-haves first, with a key', () => {
    const out = formatTable(sampleInput(MIXED), { color: false, explain: false });
    expect(out).not.toMatch(ANSI);
    const header = out.split('\n')[1] ?? '';
    expect(header).toMatch(/# .*candidate.*result.*requirements.*warnings/);
    expect(out).toMatch(/│ 1 +│ a-pass-high\.docx +│ pass 93 +│ ✓9\.3y ✓ · ✓ +│/);
    expect(out).toContain('✗1.0y ✗ · ✓');
    expect(out).toContain('Requirements: 1 applied-ml-years* 2 recsys-or-ads* 3 technical-leadership (* must)');
    expect(out).toMatch(/│ 5 +│ locked\.pdf +│ error +│ ENCRYPTED +│/);
    expect(out).toContain('5. locked.pdf: ENCRYPTED — password-protected PDF');
  });

  it('shows the candidate’s name and e-mail above the file, and each warning code once with its count', () => {
    const row = { ...scored('cv.pdf', 'pass', 90), candidate: { name: 'Ada Quill', email: 'ada@example.org' } };
    row.warnings = [
      { code: 'NO_DATES', severity: 'warning' as const, data: { job: 1 } },
      { code: 'NO_DATES', severity: 'warning' as const, data: { job: 2 } },
      { code: 'HIDDEN_TEXT', severity: 'warning' as const, data: {} },
    ];
    const lines = formatTable(sampleInput([row]), { color: false, explain: false }).split('\n');
    expect(lines[2]).toMatch(/│ Ada Quill +│/);
    expect(lines[2]).toContain('NO_DATES×2');
    expect(lines[3]).toMatch(/│ ada@example\.org +│/);
    expect(lines[4]).toMatch(/│ cv\.pdf +│/);
    expect(lines.join('\n')).toContain('HIDDEN_TEXT');
  });

  it.each([80, 60, 40])('fits %i columns: cells wrap at word boundaries, the warnings column goes last', (width) => {
    const long = { ...scored('candidates/2026/very-long-folder-name/firstname-lastname-resume-final-v3.pdf', 'review', 55), candidate: { name: 'Maximiliana Auguste-Rosenthal', email: 'maximiliana.auguste-rosenthal@example.org' } };
    long.warnings = ['NO_DATES', 'PAGE_CAP', 'COLUMNS_DETECTED', 'STALE_PRESENT'].map((code) => ({ code, severity: 'warning' as const }));
    const out = formatTable(sampleInput([long, ...MIXED]), { color: false, explain: false, width });
    for (const line of out.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
    expect(out).toContain('Maximilian');
    if (width >= 80) expect(out).toContain('COLUMNS_DETECTED');
    if (width === 40) expect(out).not.toContain('warnings');
  });

  it('colours verdicts when colour is on, and never lets a name’s escape bytes through', () => {
    const hostile = { ...scored('a.pdf', 'pass', 90), candidate: { name: 'Eve \u001b[2J Smith' } };
    const out = formatTable(sampleInput([...MIXED, hostile]), { color: true, explain: false });
    expect(out).toMatch(ANSI);
    expect(out).not.toContain('\u001b[2J');
  });


  it('--explain lists evidence lines with page and line, with control characters made harmless', () => {
    const out = formatTable(sampleInput([scored('a.pdf', 'pass', 90, 7, 'Ranking lead\u001b]0;pwned\u0007')]), { color: false, explain: true });
    expect(out).toContain('p1 l4: Ranking lead�]0;pwned�');
    expect(out).not.toContain('\u001b');
  });

  it('shows the extractor’s cell separator (TAB) as a middle dot, not as a replacement character', () => {
    const out = formatTable(sampleInput([scored('a.pdf', 'pass', 90, 7, 'Applied Science Manager\t2023-07 – Present')]), { color: false, explain: true });
    expect(out).toContain('p1 l4: Applied Science Manager · 2023-07 – Present');
    expect(out).not.toContain('\t');
  });
});

describe('markdown', () => {
  it('escapes pipes and markup in file names and keeps one row per result', () => {
    const out = formatMarkdown(sampleInput([scored('a|b_*.pdf', 'pass', 90), failed('x.pdf', 'CORRUPT', 'damaged')]), { explain: false });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('| # | candidate | verdict | score | requirements | warnings |');
    expect(lines[2]).toContain('a\\|b\\_\\*.pdf');
    expect(lines[2]).toContain('| ✓7.0y ✓ · ✓ |');
    expect(lines[3]).toContain('CORRUPT: damaged');
    expect(lines[5]).toContain('1 applied-ml-years\\* 2 recsys-or-ads\\* 3 technical-leadership');
  });
});

describe('json', () => {
  it('follows the contract: versioned envelope, ranked results, requirements with evidence, errors with code', () => {
    const report = JSON.parse(formatJson(sampleInput(MIXED), {})) as JsonReport;
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'resume-screen', version: '0.1.0' });
    expect(report.rubric).toEqual({ id: 'em', path: 'rubrics/em.yaml', sha256: 'abc' });
    expect(report.asOf).toBe('2026-11-01');
    expect(report.results.map((r) => r.status)).toEqual(['scored', 'scored', 'scored', 'scored', 'error']);
    const first = report.results[0];
    expect(first).toMatchObject({ rank: 1, file: 'a-pass-high.docx', status: 'scored', verdict: 'pass', score: 93 });
    expect(first?.status === 'scored' && first.requirements[0]).toEqual({
      id: 'applied-ml-years',
      must: true,
      met: true,
      near: false,
      value: 9.25,
      code: 'YEARS_MET',
      evidence: [{ text: 'Led the ranking team at Northwind', line: 4, page: 1 }],
    });
    expect(report.results[4]).toEqual({ rank: 5, file: 'locked.pdf', status: 'error', error: { code: 'ENCRYPTED', message: 'password-protected PDF: cannot be read without the password' } });
    expect(report.summary).toMatchObject({ rows: 5, scored: 4, pass: 2, review: 1, fail: 1, errors: 1, errorsByCode: { ENCRYPTED: 1 }, skipped: 1 });
    expect(report.skipped).toEqual([{ file: 'photo.png', code: 'SKIPPED_EXTENSION' }]);
  });

  it('is valid JSON and byte-identical for the same rows in any order', () => {
    const a = formatJson(sampleInput(MIXED), {});
    const b = formatJson(sampleInput([...MIXED].reverse()), {});
    expect(a).toBe(b);
    expect(() => JSON.parse(a) as unknown).not.toThrow();
  });

  it('streams exactly the bytes JSON.stringify(report, null, 2) would print', () => {
    const tricky = scored('x\n  "results": [],\n.pdf', 'review', 50);
    const cases: Array<[string, Parameters<typeof formatJson>[0], { top?: number }]> = [
      ['no rows', sampleInput([]), {}],
      ['top 0', sampleInput(MIXED), { top: 0 }],
      ['one row', sampleInput([scored('one.pdf', 'pass', 90)]), {}],
      ['mixed', sampleInput(MIXED), {}],
      ['a file name that looks like the slot', sampleInput([tricky, ...MIXED]), { top: 3 }],
    ];
    for (const [name, input, options] of cases) {
      const streamed = formatJson(input, options);
      const reference = `${JSON.stringify(JSON.parse(streamed), null, 2)}\n`;
      expect({ name, same: streamed === reference }).toEqual({ name, same: true });
    }
  });
});

describe('single-file report', () => {
  it('shows verdict, score, every requirement with its value and evidence, without colour when off', () => {
    const out = formatSingle(scored('ingrid.pdf', 'fail', 33, 9.25), sampleInput([]).meta, { color: false });
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('FAIL  score 33/100');
    expect(out).toContain('✓ applied-ml-years (must): 9.25 years of applied-ml (needs 6)');
    expect(out).toMatch(/✗ recsys-or-ads \(must\)/);
    expect(out).toContain('✓ technical-leadership (weight 2)');
    expect(out).toContain('p1 l4: Led the ranking team at Northwind');
  });

  it('shows the error code and message for an unreadable file', () => {
    const out = formatSingle(failed('locked.pdf', 'ENCRYPTED', 'password-protected PDF: cannot be read without the password'), sampleInput([]).meta, { color: false });
    expect(out).toContain('ERROR ENCRYPTED: password-protected PDF');
  });
});
