// Column widths that fit a table into the terminal: natural widths when they fit, else the flexible columns shrink
// (cli-table3 then wraps their text at word boundaries), else optional columns are dropped.

export interface ColumnSpec {
  /** Widest cell line, in columns, without padding. */
  natural: number;
  /** Narrowest width worth showing (without padding); undefined = fixed at its natural width. */
  min?: number;
  /** Dropped (rightmost first) when even the minimums do not fit. */
  optional?: boolean;
  /** Columns shrink in this order (lowest first) down to their minimums; columns of one order shrink widest first. */
  shrinkOrder?: number;
}

/** cli-table3's default padding: one space each side. */
const PADDING = 2;

/**
 * Widths (padding included, as cli-table3's colWidths want them) per column, or `undefined` for a dropped column.
 * The table's total, borders included (one per column plus one), is at most `width` whenever the fixed columns and the
 * minimums of the kept ones allow it.
 */
export function fitColumns(columns: readonly ColumnSpec[], width: number): (number | undefined)[] {
  const kept = columns.map(() => true);
  for (;;) {
    const widths = shrink(columns, kept, width);
    const total = total_(widths);
    const drop = lastOptional(columns, kept);
    if (total <= width || drop === undefined) return widths;
    kept[drop] = false;
  }
}

function shrink(columns: readonly ColumnSpec[], kept: readonly boolean[], width: number): (number | undefined)[] {
  const widths = columns.map((c, i) => (kept[i] ? c.natural + PADDING : undefined));
  let excess = total_(widths) - width;
  const orders = [...new Set(columns.map((c) => c.shrinkOrder ?? 0))].sort((a, b) => a - b);
  for (const order of orders) {
    while (excess > 0) {
      let widest = -1;
      columns.forEach((c, i) => {
        const w = widths[i];
        if ((c.shrinkOrder ?? 0) !== order || w === undefined || c.min === undefined || w <= c.min + PADDING) return;
        if (widest < 0 || w > (widths[widest] ?? 0)) widest = i;
      });
      if (widest < 0) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      excess--;
    }
  }
  return widths;
}

function total_(widths: readonly (number | undefined)[]): number {
  const shown = widths.filter((w): w is number => w !== undefined);
  return shown.reduce((a, b) => a + b, 0) + shown.length + 1;
}

function lastOptional(columns: readonly ColumnSpec[], kept: readonly boolean[]): number | undefined {
  for (let i = columns.length - 1; i >= 0; i--) if (kept[i] && columns[i]?.optional) return i;
  return undefined;
}

/** Display width of plain text (no ANSI): code points; a tab counts as the ' · ' safeText makes of it. */
export function textWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => [...line].length));
}
