// The structuredClone that pdf.js's in-process worker port uses (src/extract/pdf/plain-clone.ts): plain data copied
// in JavaScript, everything else by the native clone, and in both cases what structuredClone itself would return.
import { describe, expect, it } from 'vitest';
import { makePlainClone } from '../../src/extract/pdf/plain-clone.js';
import { extractBuffer } from '../../src/extract/index.js';
import { makePdf } from './build.js';

const native = globalThis.structuredClone;

/** The clone under test, with a count of the values it handed to the native clone. */
function counted(): { clone: typeof structuredClone; nativeCalls: () => number } {
  let calls = 0;
  const clone = makePlainClone(((value: unknown, options?: Parameters<typeof structuredClone>[1]) => {
    calls++;
    return native(value, options);
  }) as typeof structuredClone);
  return { clone, nativeCalls: () => calls };
}

const shared = { font: 'g_d0_f1' };
const cyclic: Record<string, unknown> = { name: 'loop' };
cyclic.self = cyclic;
const sparse = [1, , 3];

// [case, value, copied in JavaScript?]
const CASES: Array<[string, unknown, boolean]> = [
  ['a string', 'Jane Roe', true],
  ['minus zero', -0, true],
  ['undefined', undefined, true],
  ['a bigint', 10n, true],
  ['a stream pull', { sourceName: 'fake0', targetName: 'fake0_worker', stream: 6, streamId: 3, desiredSize: 100 }, true],
  ['text items', { items: [{ str: 'ML', dir: 'ltr', transform: [12, 0, 0, 12, 72, 700], width: 14.2, hasEOL: false }], styles: { g1: { ascent: 0.9 } } }, true],
  ['an object without a prototype', Object.assign(Object.create(null) as object, { a: 1 }), true],
  ['a shared reference', { a: shared, b: shared }, true],
  ['a cycle', cyclic, true],
  ['a typed array (the bytes it shows)', { data: new Uint8Array([1, 2, 3]).subarray(1) }, true],
  ['a Float32Array', { minMax: new Float32Array([0.5, 1, 2, 3]) }, true],
  ['an ArrayBuffer', { buffer: new Uint8Array([9, 8]).buffer }, true],
  ['a Map', { fonts: new Map([['f1', { loaded: true }]]) }, true],
  ['a Set', { modifiedIds: new Set(['a', 'b']) }, true],
  ['a class instance (own fields on a plain object)', { item: new (class Glyph { unicode = 'a'; width = 5; })() }, true],
  ['an operator-list chunk', { fnArray: [44, 59], argsArray: [[[new (class Glyph { fontChar = 'a'; unicode = 'a'; isSpace = false; })()]], [1, 1, 1]], lastChunk: true }, true],
  // Left to the native clone:
  ['a DataView', { view: new DataView(new ArrayBuffer(4)) }, false],
  ['a Date', { when: new Date(0) }, false],
  ['an Error', { reason: new Error('x') }, false],
  ['a RegExp', { re: /a/g }, false],
  ['an array with a hole', sparse, false],
];

describe('pdf.js message clone', () => {
  it.each(CASES)('%s: same result as structuredClone', (_name, value, inJs) => {
    const { clone, nativeCalls } = counted();
    const copy = clone(value);
    expect(copy).toStrictEqual(native(value));
    if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
    expect(nativeCalls()).toBe(inJs ? 0 : 1);
  });

  it('keeps shared references shared and cycles cyclic, as structuredClone does', () => {
    const { clone } = counted();
    const twice = clone({ a: shared, b: shared });
    expect(twice.a).toBe(twice.b);
    const loop = clone(cyclic);
    expect(loop.self).toBe(loop);
  });

  it('copies deeply: changing the original afterwards does not reach the copy', () => {
    const { clone } = counted();
    const message = { items: [{ str: 'before', transform: [1, 0, 0, 1, 0, 0] }] };
    const copy = clone(message);
    message.items[0]!.str = 'after';
    message.items[0]!.transform[4] = 99;
    expect(copy.items[0]).toEqual({ str: 'before', transform: [1, 0, 0, 1, 0, 0] });
  });

  it('a transfer list of ArrayBuffers: copied in JavaScript, and the sender buffers detached as a transfer leaves them', () => {
    const { clone } = counted();
    const bytes = new Uint8Array([1, 2, 3]);
    const copy = clone({ bytes, again: bytes }, { transfer: [bytes.buffer] });
    expect(Array.from(copy.bytes)).toEqual([1, 2, 3]);
    expect(copy.again).toBe(copy.bytes);
    expect(bytes.byteLength).toBe(0);
  });

  it('a transfer list holding something other than an ArrayBuffer goes to the native clone', () => {
    const { clone, nativeCalls } = counted();
    const { port1, port2 } = new MessageChannel();
    clone({ port: port1 }, { transfer: [port1] });
    expect(nativeCalls()).toBe(1);
    port1.close();
    port2.close();
  });

  it('an operator-list chunk message: its two arrays copied (the worker empties them), the arguments and transfer buffers handed over', () => {
    const { clone, nativeCalls } = counted();
    const path = new Float32Array([0, 0, 10, 10]);
    const glyphs = [{ unicode: 'a', width: 500 }];
    const chunk = { fnArray: [91, 44], argsArray: [[13, [path], new Float32Array([0, 0, 10, 10])], [glyphs]], lastChunk: false, separateAnnots: null, length: 2 };
    const message = { sourceName: 'fake0_worker', targetName: 'fake0', stream: 4, streamId: 7, chunk };
    const copy = clone(message, { transfer: [path.buffer] });
    // The worker's OperatorList.flush then does `fnArray.length = 0; argsArray.length = 0`.
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    expect(copy.chunk.fnArray).toEqual([91, 44]);
    expect(copy.chunk.argsArray).toHaveLength(2);
    expect(copy.chunk.argsArray[1]?.[0]).toBe(glyphs);
    expect(path.byteLength).toBe(16);
    expect({ ...copy, chunk: undefined }).toEqual({ ...message, chunk: undefined });
    expect(nativeCalls()).toBe(0);
  });

  it('a text-content chunk message: the chunk copied (the worker replaces its items and styles), the items handed over', () => {
    const { clone } = counted();
    const items = [{ str: 'ML', transform: [12, 0, 0, 12, 72, 700], width: 14.2, hasEOL: false }];
    const chunk = { items, styles: { g1: { ascent: 0.9 } }, lang: null };
    const copy = clone({ stream: 4, streamId: 2, chunk });
    // The worker's enqueueChunk then does `items = []; styles = Object.create(null)`.
    chunk.items = [];
    chunk.styles = {} as typeof chunk.styles;
    expect(copy.chunk.items).toBe(items);
    expect(copy.chunk.styles).toEqual({ g1: { ascent: 0.9 } });
  });

  // Traps: chunks of any other shape are copied deeply, as before.
  it.each([
    ['a chunk with operators but no arguments', { chunk: { fnArray: [1, 2] } }],
    ['a chunk whose items are not an array', { chunk: { items: { 0: 'x' }, styles: {} } }],
    ['a chunk that is a class instance', { chunk: new (class Chunk { fnArray = [1]; argsArray = [[{ a: 1 }]]; })() }],
    ['a message that is itself the chunk', { fnArray: [1], argsArray: [[{ a: 1 }]] }],
  ])('%s: copied deeply', (_name, message) => {
    const { clone } = counted();
    const copy = clone(message);
    expect(copy).toStrictEqual(native(message));
    const inner = (m: unknown): unknown => ((m as { chunk?: unknown }).chunk ?? m) as unknown;
    const args = (inner(message) as { argsArray?: unknown[][] }).argsArray?.[0];
    if (args) expect((inner(copy) as { argsArray: unknown[][] }).argsArray[0]?.[0]).not.toBe(args[0]);
  });

  it('throws what structuredClone throws for a function or a symbol', () => {
    const { clone } = counted();
    for (const bad of [{ f: () => 1 }, { s: Symbol('x') }]) {
      expect(() => clone(bad)).toThrow(expect.objectContaining({ name: 'DataCloneError' }) as Error);
    }
  });

  it('is the clone in use once a PDF has been read, and the text is intact', async () => {
    const doc = await extractBuffer(await makePdf((d) => d.fontSize(12).text('Jana Nováková — Engineering Manager')), 'cv.pdf');
    expect(doc.lines.map((l) => l.text).join('\n')).toContain('Jana Nováková — Engineering Manager');
    expect(globalThis.structuredClone.name).toBe('cloneForPdfJs');
  });
});
