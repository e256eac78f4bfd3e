// The HTML report: self-contained (no external URL, a strict CSP that allows only its own style and script by hash),
// escaped résumé text, ranking + per-candidate evidence + warnings; and in a real browser (Debian's chromium,
// headless): the script runs under the CSP and the filter works on the DOM. A screenshot is kept.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CSP } from '../../src/report/html.js';
import { formatReport } from '../../src/report/index.js';
import { MIXED, sampleInput, scored } from './rows.js';

vi.setConfig({ testTimeout: 120_000 });

function report(): string {
  const hostile = { ...scored('<img src=x onerror=alert(1)>.pdf', 'review', 60, 5, 'Led </script><script>alert(1)</script> team'), candidate: { name: 'Ada "Quill"', email: 'ada@example.org' } };
  hostile.warnings = [{ code: 'NO_DATES', severity: 'warning' as const, data: { job: 1 } }, { code: 'HIDDEN_TEXT', severity: 'warning' as const }];
  return formatReport('html', sampleInput([...MIXED, hostile]), { color: false, explain: false });
}

describe('html report', () => {
  it('is one file with no external reference and a strict CSP', () => {
    const html = report();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(CSP).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(html).not.toMatch(/(?:src|href)="(?!#)[^"]*"/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('escapes résumé text and file names, and shows requirements with evidence and every warning code', () => {
    const html = report();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.pdf');
    expect(html).toContain('Led &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; team');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('Ada &quot;Quill&quot;');
    expect(html).toContain('page 1, line 4:');
    expect(html).toContain('NO_DATES HIDDEN_TEXT');
    expect(html).toContain('id="ranking"');
  });
});

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

function browser(args: string[]): ReturnType<typeof spawnSync> {
  return spawnSync(chromium ?? 'chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', ...args], { encoding: 'utf8', timeout: 90_000 });
}

describe.skipIf(chromium === undefined)('html report in Chromium', () => {
  it('runs its script under the CSP, filters from #q=, and renders (screenshot kept)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rs-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, report());
    const url = pathToFileURL(file).href;
    const dom = browser(['--dump-dom', `${url}#q=review`]);
    const out = String(dom.stdout);
    expect(out).toContain('data-ready="1"');
    const rows = out.match(/<tr class="row"[^>]*>/g) ?? [];
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => !r.includes('hidden'))).toHaveLength(2);
    const shot = join(dir, 'report.png');
    browser([`--screenshot=${shot}`, '--window-size=1200,900', url]);
    expect(statSync(shot).size).toBeGreaterThan(1000);
    process.stdout.write(`html report screenshot: ${shot}\n`);
  });
});
