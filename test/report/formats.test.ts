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

  it('breaks score ties by file name so the order is stable', () => {
    const rows = [scored('z.pdf', 'pass', 80), scored('m.pdf', 'pass', 80)];
    expect(rankRows(rows).map((r) => r.row.file)).toEqual(['m.pdf', 'z.pdf']);
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
      'rank,file,status,verdict,score,applied-ml-years.met,applied-ml-years.value,recsys-or-ads.met,recsys-or-ads.value,technical-leadership.met,technical-leadership.value,error_code,error_message,duplicate_of,sha256,integrity',
    );
    expect(lines[1]).toBe('1,a-pass-high.docx,scored,pass,93,true,9.25,true,,true,2,,,,sha-a-pass-high.docx,');
    expect(lines).toContain("5,'=cmd|calc.pdf,scored,fail,1,true,7,false,,true,2,,,,sha-=cmd|calc.pdf,");
    expect(lines.at(-2)).toBe('6,locked.pdf,error,error,,,,,,,,ENCRYPTED,password-protected PDF: cannot be read without the password,,,');
    expect(lines.at(-1)).toBe('');
  });

  it('--explain adds an evidence column, quoted, one line per evidence', () => {
    const csv = formatCsv(sampleInput([scored('a.pdf', 'pass', 90, 7, '-minus, "quoted"')]), { explain: true });
    expect(csv).toContain(`,"applied-ml-years: -minus, ""quoted"""\r\n`);
  });
});

describe('table', () => {
  it('has no ANSI codes when colour is off, and one column per must-have', () => {
    const out = formatTable(sampleInput(MIXED), { color: false, explain: false });
    expect(out).not.toMatch(ANSI);
    const header = out.split('\n')[1] ?? '';
    expect(header).toMatch(/# .*file.*verdict.*score.*applied-ml-years.*recsys-or-ads/);
    expect(header).not.toContain('technical-leadership');
    expect(out).toContain('✓ 9.3y');
    expect(out).toContain('✗ 1.0y');
    expect(out).toMatch(/│ 5 +│ locked\.pdf +│ error +│ ENCRYPTED +│/);
    expect(out).toContain('5. locked.pdf: ENCRYPTED — password-protected PDF');
  });

  it('colours verdicts when colour is on', () => {
    expect(formatTable(sampleInput(MIXED), { color: true, explain: false })).toMatch(ANSI);
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
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('a\\|b\\_\\*.pdf');
    expect(lines[3]).toContain('CORRUPT: damaged');
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
