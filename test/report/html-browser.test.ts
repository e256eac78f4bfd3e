// The HTML report in a real browser: Debian's chromium driven by playwright-core (which downloads nothing here; it is
// given the system browser). The report is made by the CLI from fixture résumés, opened from a file:// URL, and
// checked on the DOM: no request leaves the file, the CSP blocks nothing the report needs (no console error, no
// violation), clicking a column header re-sorts the rows, typing in the filter hides rows and their candidate
// blocks, the role timelines are drawn, and the print style hides the controls. A full-page screenshot is kept in the
// OS temp folder. Without chromium the test is skipped locally, but fails in CI (CI=true): CI must prove it.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers/run.js';

/** CHROMIUM_PATH, when set, is the only browser tried. */
const CANDIDATES = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const BROWSER = CANDIDATES.find((p) => existsSync(p));
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
if (!BROWSER && !IN_CI) process.stderr.write('html-browser: skipped, no chromium (apt-get install chromium, or set CHROMIUM_PATH)\n');

const FILES = [
  'fixtures/resumes/anna-lindqvist.pdf',
  'fixtures/resumes/chloe-dubois.docx',
  'fixtures/resumes/ewa-lukasik.md',
  'fixtures/resumes/arjun-mehta.docx',
  'fixtures/resumes/priyanka-iyer.md',
  'fixtures/resumes/connor-walsh.txt',
  'fixtures/resumes/isabel-santos.docx',
  'fixtures/broken/encrypted.pdf',
];

interface Seen {
  problems: string[];
  requests: string[];
}

/** Console errors and warnings, page errors, CSP violations and every request, for the whole life of the page. */
async function open(browser: Browser, url: string): Promise<{ page: Page; seen: Seen }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  const seen: Seen = { problems: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => seen.requests.push(r.url()));
  await page.exposeBinding('reportViolation', (_source, text: string) => seen.problems.push(`CSP: ${text}`));
  // Runs in the page before its own script (playwright injects it past the CSP); it only listens.
  // (Browser code is passed as text: this project's TypeScript has no DOM types.)
  await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));" });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 10_000 });
  return { page, seen };
}

/** A column's sort button by its label (its accessible name gains ▲/▼ once sorted). */
const header = (page: Page, label: string) => page.locator('#ranking thead button').filter({ hasText: new RegExp(`^${label.replace(/[*]/g, '\\*')}$`) });

const columnTexts = (page: Page, n: number): Promise<string[]> =>
  page.$$eval(`#ranking tbody tr:not([hidden]) td:nth-child(${n})`, (cells) => cells.map((c) => (c.textContent ?? '').trim()));

describe.skipIf(!BROWSER && !IN_CI)('html report in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let file = '';
  let dir = '';

  beforeAll(async () => {
    if (!BROWSER) throw new Error('CI=true but no chromium: .ci/run installs it (apt-get install chromium)');
    dir = mkdtempSync(join(tmpdir(), 'rs-html-'));
    file = join(dir, 'report.html');
    const run = await runCli(['score', ...FILES, '--as-of', '2026-11-01', '-o', file, '--no-journal', '-q', '-j', '2']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    browser = await playwright.launch({ executablePath: BROWSER, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing from outside the file and breaks no rule of its CSP', async () => {
    const { page, seen } = await open(browser, pathToFileURL(file).href);
    expect(seen.requests.every((u) => u.startsWith('file:'))).toBe(true);
    expect(await page.locator('#ranking tbody tr').count()).toBe(FILES.length);
    expect(await page.locator('#shown').textContent()).toBe(`${FILES.length} of ${FILES.length} shown`);
    // The style applied (it is allowed by its hash): the header row is sticky, an error verdict is purple.
    expect(await page.evaluate("getComputedStyle(document.querySelector('#ranking thead th')).position")).toBe('sticky');
    expect(seen.problems).toEqual([]);
    await page.close();
  });

  it('catches a violation when the report is tampered with (the check above can fail)', async () => {
    const tampered = join(dir, 'tampered.html');
    writeFileSync(tampered, readFileSync(file, 'utf8').replace('<h1>', '<h1 style="color:red">').replace('</body>', '<img src="http://127.0.0.1:9/x.png"></body>'));
    const { page, seen } = await open(browser, pathToFileURL(tampered).href);
    expect(seen.problems.filter((p) => p.startsWith('CSP: style-src')).length).toBeGreaterThan(0);
    expect(seen.problems.some((p) => p.startsWith('CSP: img-src http://127.0.0.1:9/x.png'))).toBe(true);
    await page.close();
  });

  it('sorts by the column header clicked, both ways, ties kept in ranking order', async () => {
    const { page, seen } = await open(browser, pathToFileURL(file).href);
    const ranks = (await columnTexts(page, 1)).map(Number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const score = header(page, 'score');
    await score.click();
    const up = (await columnTexts(page, 4)).map((s) => (s === '' ? -1 : Number(s)));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up[0]).toBe(-1); // the unreadable file has no score
    expect(await score.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');
    await score.click();
    const down = (await columnTexts(page, 4)).map((s) => (s === '' ? -1 : Number(s)));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down).not.toEqual(up);
    // A requirement column: not met first, then met by fewer years.
    await header(page, 'applied-ml-years*').click();
    const years = await columnTexts(page, 5);
    const met = years.filter((y) => y.startsWith('✓')).map((y) => Number.parseFloat(y.slice(2)));
    expect(met).toEqual([...met].sort((a, b) => a - b));
    expect(years.findIndex((y) => y.startsWith('✓'))).toBeGreaterThan(years.findLastIndex((y) => y.startsWith('✗')));
    // The verdict column sorts in the ranking's order (pass, review, fail, error), ties in rank order.
    await header(page, 'verdict').click();
    const byVerdict = await page.$$eval('#ranking tbody tr', (rows) => rows.map((r) => [Number(r.children[2]?.getAttribute('data-sort')), Number(r.children[0]?.textContent)]));
    expect(byVerdict).toEqual([...byVerdict].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
    expect(new Set(byVerdict.map((v) => v[0])).size).toBeGreaterThan(2);
    // The candidate column sorts by name (or file) alphabetically.
    await header(page, 'candidate').click();
    const keys = await page.$$eval('#ranking tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.getAttribute('data-sort') ?? ''));
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    expect(seen.problems).toEqual([]);
    await page.close();
  });

  it('filters as one types: rows and their candidate blocks hide, the count follows; #q= opens it filtered', async () => {
    const { page, seen } = await open(browser, pathToFileURL(file).href);
    await page.locator('#filter').fill('chloe');
    expect(await page.locator('#ranking tbody tr:not([hidden])').count()).toBe(1);
    expect(await columnTexts(page, 2)).toEqual([expect.stringContaining('Chloé Dubois')]);
    expect(await page.locator('details.candidate:not([hidden])').count()).toBe(1);
    // Hidden for real, not just marked: the browser lays out no box for them.
    expect(await page.locator('#ranking tbody tr[hidden]').first().isVisible()).toBe(false);
    expect(await page.locator('details.candidate[hidden]').first().isVisible()).toBe(false);
    expect(await page.locator('#shown').textContent()).toBe(`1 of ${FILES.length} shown`);
    await page.locator('#filter').fill('fail');
    const verdicts = await columnTexts(page, 3);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v === 'fail')).toBe(true);
    await page.locator('#filter').fill('');
    expect(await page.locator('#ranking tbody tr:not([hidden])').count()).toBe(FILES.length);
    await page.goto(`${pathToFileURL(file).href}#q=encrypted`);
    await page.reload();
    await page.waitForSelector('html[data-ready="1"]');
    expect(await columnTexts(page, 1)).toHaveLength(1);
    expect(await page.locator('#filter').inputValue()).toBe('encrypted');
    expect(seen.problems).toEqual([]);
    await page.close();
  });

  it('draws each readable candidate’s role timeline, shows evidence and warnings, prints without controls (screenshot kept)', async () => {
    const { page, seen } = await open(browser, pathToFileURL(file).href);
    const scored = FILES.length - 1;
    expect(await page.locator('details.candidate svg.timeline').count()).toBe(scored);
    const bars = await page.$$eval('details.candidate svg.timeline g.job rect', (rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(bars.length).toBeGreaterThan(scored);
    expect(bars.every((w) => w > 0)).toBe(true);
    expect(await page.locator('.ev .where').first().textContent()).toMatch(/^(page \d+, )?line \d+$/);
    expect(await page.locator('#ranking td.warn', { hasText: 'NO_DATES' }).count()).toBeGreaterThan(0);
    expect(await page.locator('details.candidate', { hasText: 'ENCRYPTED' }).count()).toBe(1);
    // Collapse all, then print: the controls hide and every candidate opens again.
    await page.getByRole('button', { name: 'collapse all' }).click();
    expect(await page.locator('details.candidate[open]').count()).toBe(0);
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filter').isVisible()).toBe(false);
    expect(await page.locator('details.candidate[open]').count()).toBe(FILES.length);
    await page.emulateMedia({ media: 'screen' });
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    process.stdout.write(`html report screenshot: ${shot}\n`);
    expect(seen.problems).toEqual([]);
    await page.close();
  });
});
