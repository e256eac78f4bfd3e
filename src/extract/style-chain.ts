// A style property inherited through a chain of parent styles (Word's w:basedOn, ODF's style:parent-style-name):
// the nearest style that sets it decides.

/** Styles whose own value, or the nearest ancestor's that sets one, is true. Loops are cut after a few steps. */
export function stylesWhere(own: ReadonlyMap<string, boolean | undefined>, parent: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const id of new Set([...own.keys(), ...parent.keys()])) {
    let at: string | undefined = id;
    for (let depth = 0; at !== undefined && depth < 8; depth++) {
      const value = own.get(at);
      if (value !== undefined) {
        if (value) out.add(id);
        break;
      }
      at = parent.get(at);
    }
  }
  return out;
}
