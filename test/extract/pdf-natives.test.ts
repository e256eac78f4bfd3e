// pdf.js's legacy build carries core-js, which on Node 20 swaps some built-ins for slower JavaScript versions.
// Reading a PDF must leave the process with the engine's own Array.prototype.push, JSON.parse and
// Function.prototype.toString (about 10% of a child's time), and with the methods pdf.js adds that it needs.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../src/extract/index.js';
import { makePdf } from './build.js';

/** Source text by another realm's toString, which core-js never touched (its own toString hides polyfills). */
const freshToString = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
const isNative = (fn: unknown): boolean => /\{\s*\[native code\]\s*\}\s*$/.test(freshToString.call(fn));

describe('reading a PDF leaves the built-ins native', () => {
  it('push, JSON.parse and Function.prototype.toString are the engine’s after a PDF is read', async () => {
    // Two first PDFs at once: both wait for the one load, and neither puts the replacements back.
    const pdf = await makePdf((d) => d.fontSize(12).text('Jane Roe — Engineering Manager'));
    const other = await makePdf((d) => d.fontSize(12).text('Kim Doe — Staff Engineer'));
    const [doc, second] = await Promise.all([extractBuffer(pdf, 'cv.pdf'), extractBuffer(other, 'other.pdf')]);
    expect(doc.lines.map((l) => l.text).join('\n')).toContain('Engineering Manager');
    expect(second.lines.map((l) => l.text).join('\n')).toContain('Staff Engineer');
    const cases: Array<[string, unknown]> = [
      ['Array.prototype.push', Array.prototype.push],
      ['JSON.parse', JSON.parse],
      ['Function.prototype.toString', Function.prototype.toString],
    ];
    for (const [name, fn] of cases) expect({ name, native: isNative(fn) }).toEqual({ name, native: true });
  });

  it('keeps what pdf.js adds for Node 20 (Promise.withResolvers)', async () => {
    await extractBuffer(await makePdf((d) => d.text('x')), 'x.pdf');
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });

  it('the check itself tells a JavaScript stand-in from a native (it can fail)', () => {
    const standIn = function push(this: unknown[], item: unknown): number {
      this[this.length] = item;
      return this.length;
    };
    expect(isNative(standIn)).toBe(false);
    expect(isNative(Math.max)).toBe(true);
  });
});
