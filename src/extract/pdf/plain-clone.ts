// pdf.js runs its worker half in our process (its "fake" worker) and passes every message between the halves
// through `structuredClone`: about 50 messages a résumé, most of them tiny stream pulls or arrays of text items, and
// a few operator-list chunks (the visibility check reads them) full of glyph objects, with a transfer list.
// Node's structuredClone serialises and deserialises through a C++ message port for each call: 0.38 ms a résumé for
// the small messages, and about 1.4 ms for each operator-list chunk. `cloneForPdfJs` copies the same data in
// JavaScript — objects, arrays, class instances (as structuredClone does: their own enumerable properties on a plain
// object), typed arrays, ArrayBuffers, Maps and Sets — detaches the transfer list's buffers as a transfer would, and
// hands anything else (Dates, Errors, Blobs …) to the native clone, so pdf.js receives what structuredClone would
// have given it (an array's named properties, which pdf.js never sets, are the one difference). The two big streamed
// chunks (operator lists, text items) are not deep-copied at all: `shareChunk` says why that is safe.

/** Thrown inside the copy when a value is not plain data: the whole message then goes to the native clone. */
const NOT_PLAIN = Symbol('not plain data');

/** Deep enough for pdf.js's messages (a few levels); anything deeper goes to the native clone. */
const MAX_DEPTH = 64;

const objectTag = Object.prototype.toString;

function copy(value: unknown, seen: Map<object, unknown>, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    // Functions and symbols make structuredClone throw: let it.
    if (typeof value === 'function' || typeof value === 'symbol') throw NOT_PLAIN;
    return value;
  }
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (depth > MAX_DEPTH) throw NOT_PLAIN;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Array.prototype) {
    const source = value as unknown[];
    const out = new Array<unknown>(source.length);
    seen.set(value, out);
    for (let i = 0; i < source.length; i++) {
      // A hole would come back as `undefined`, not as a hole.
      if (!(i in source)) throw NOT_PLAIN;
      out[i] = copy(source[i], seen, depth + 1);
    }
    // Named properties on an array (which pdf.js never sets) are the one thing not copied.
    return out;
  }
  if (proto === Object.prototype || proto === null) return copyFields(value, {}, seen, depth);
  if (ArrayBuffer.isView(value)) {
    // A typed array (not a DataView): a copy of the bytes it shows, of the same type.
    if (value instanceof DataView) throw NOT_PLAIN;
    const typed = value as unknown as { constructor: new (from: ArrayLike<number>) => object };
    const out = new typed.constructor(value as unknown as ArrayLike<number>);
    seen.set(value, out);
    return out;
  }
  if (value instanceof ArrayBuffer) {
    const out = value.slice(0);
    seen.set(value, out);
    return out;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    seen.set(value, out);
    for (const [k, v] of value) out.set(copy(k, seen, depth + 1), copy(v, seen, depth + 1));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set<unknown>();
    seen.set(value, out);
    for (const v of value) out.add(copy(v, seen, depth + 1));
    return out;
  }
  // A class instance (pdf.js's Glyph, Ref …) is cloned as a plain object of its own properties; anything with
  // internal slots (Date, RegExp, Error, Boolean …, or a Promise that cannot be cloned) goes native.
  if (objectTag.call(value) === '[object Object]') return copyFields(value, {}, seen, depth);
  throw NOT_PLAIN;
}

function copyFields(value: object, out: Record<string, unknown>, seen: Map<object, unknown>, depth: number): Record<string, unknown> {
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], seen, depth + 1);
  return out;
}

type Chunk = Record<string, unknown>;

/** A message that streams a chunk (`{ …, chunk: { … } }`): its chunk, when it is one of the two kinds shared below. */
function sharedChunk(value: unknown): { kind: 'operators' | 'text'; chunk: Chunk } | undefined {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const chunk = (value as { chunk?: unknown }).chunk;
  if (typeof chunk !== 'object' || chunk === null || Object.getPrototypeOf(chunk) !== Object.prototype) return undefined;
  const plainArray = (a: unknown) => Array.isArray(a) && Object.getPrototypeOf(a) === Array.prototype;
  const c = chunk as Chunk;
  if (plainArray(c.fnArray) && plainArray(c.argsArray)) return { kind: 'operators', chunk: c };
  if (plainArray(c.items) && typeof c.styles === 'object' && c.styles !== null) return { kind: 'text', chunk: c };
  return undefined;
}

/**
 * The two big streamed messages are passed without a deep copy, as only the worker's own next steps could see a
 * difference, and they do not:
 * - an operator-list chunk (the worker's OperatorList.flush): the worker empties its fnArray and argsArray after
 *   sending (`length = 0`) and reuses them, so those two arrays are copied; it never touches an operation's arguments
 *   again (each operation gets fresh ones; glyph lists come from the font's cache, read-only on both sides). The
 *   buffers it lists for transfer (path coordinates, image pixels) are handed over as they are, not detached: the
 *   worker, having given them away, never reads them again.
 * - a text-content chunk: the worker replaces its items array and styles object after sending (`items = []`), never
 *   touching the sent items again, so only the chunk object is copied.
 * The deep copy of thousands of glyph objects and text items was most of the cloning time.
 */
function shareChunk(value: object, shared: { kind: 'operators' | 'text'; chunk: Chunk }): object {
  const { kind, chunk } = shared;
  const copy = kind === 'operators' ? { ...chunk, fnArray: (chunk.fnArray as unknown[]).slice(), argsArray: (chunk.argsArray as unknown[]).slice() } : { ...chunk };
  return { ...value, chunk: copy };
}

/** structuredClone's result, made in JavaScript for plain data, natively for anything else. */
export function makePlainClone(native: typeof structuredClone): typeof structuredClone {
  return function cloneForPdfJs<T>(value: T, options?: Parameters<typeof structuredClone>[1]): T {
    const transfer = options?.transfer ?? [];
    // Only ArrayBuffers are moved in JavaScript; a MessagePort or stream in the list needs the native clone.
    if (!transfer.every((t) => t instanceof ArrayBuffer)) return native(value, options);
    const shared = sharedChunk(value);
    if (shared !== undefined) return shareChunk(value as object, shared) as T;
    let out: T;
    try {
      out = copy(value, new Map(), 0) as T;
    } catch (error) {
      if (error === NOT_PLAIN) return native(value, options);
      throw error;
    }
    // A transfer leaves the sender's buffers detached: so does this (the native clone of nothing, moving them).
    if (transfer.length > 0) native(undefined, { transfer });
    return out;
  };
}
