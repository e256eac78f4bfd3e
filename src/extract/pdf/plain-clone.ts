// pdf.js runs its worker half in our process (its "fake" worker) and passes every message between the halves
// through `structuredClone`: about 50 messages a résumé, most of them tiny stream pulls or arrays of text items, and
// a few operator-list chunks (the visibility check reads them) full of glyph objects, with a transfer list.
// Node's structuredClone serialises and deserialises through a C++ message port for each call: 0.38 ms a résumé for
// the small messages, and about 1.4 ms for each operator-list chunk. `cloneForPdfJs` copies the same data in
// JavaScript — objects, arrays, class instances (as structuredClone does: their own enumerable properties on a plain
// object), typed arrays, ArrayBuffers, Maps and Sets — detaches the transfer list's buffers as a transfer would, and
// hands anything else (Dates, Errors, Blobs …) to the native clone, so pdf.js receives what structuredClone would
// have given it (an array's named properties, which pdf.js never sets, are the one difference).

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

/** structuredClone's result, made in JavaScript for plain data, natively for anything else. */
export function makePlainClone(native: typeof structuredClone): typeof structuredClone {
  return function cloneForPdfJs<T>(value: T, options?: Parameters<typeof structuredClone>[1]): T {
    const transfer = options?.transfer ?? [];
    // Only ArrayBuffers are moved in JavaScript; a MessagePort or stream in the list needs the native clone.
    if (!transfer.every((t) => t instanceof ArrayBuffer)) return native(value, options);
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
