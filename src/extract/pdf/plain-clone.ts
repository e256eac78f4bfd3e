// pdf.js runs its worker half in our process (its "fake" worker) and passes every message between the halves
// through `structuredClone`: about 50 messages a résumé, most of them tiny stream pulls or arrays of text items.
// Node's structuredClone serialises and deserialises through a C++ message port for each call: 0.38 ms a résumé
// (a child's whole budget is about 10 ms). `cloneForPdfJs` copies plain data (objects, arrays, primitives) in
// JavaScript, 0.09 ms, and hands anything else to the native clone, so pdf.js receives what structuredClone would
// have given it (an array's named properties, which pdf.js never sets, are the one difference).

/** Thrown inside the copy when a value is not plain data: the whole message then goes to the native clone. */
const NOT_PLAIN = Symbol('not plain data');

/** Deep enough for pdf.js's messages (a few levels); anything deeper goes to the native clone. */
const MAX_DEPTH = 64;

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
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], seen, depth + 1);
    return out;
  }
  // Typed arrays, buffers, Maps, Errors, class instances …: the native clone knows their rules.
  throw NOT_PLAIN;
}

/** structuredClone's result, made in JavaScript for plain data (no transfer list), natively for anything else. */
export function makePlainClone(native: typeof structuredClone): typeof structuredClone {
  return function cloneForPdfJs<T>(value: T, options?: Parameters<typeof structuredClone>[1]): T {
    if (options?.transfer && options.transfer.length > 0) return native(value, options);
    try {
      return copy(value, new Map(), 0) as T;
    } catch (error) {
      if (error === NOT_PLAIN) return native(value, options);
      throw error;
    }
  };
}
