// Case tables for round 7 of PDF visibility: text under a soft mask that lets (almost) nothing through (CSS
// `mask-image` as Chromium prints it), text drawn at 5 CSS px or less, and glyphs whose ToUnicode map names a word.
// Each table holds the honest cases that must stay seen.
import { describe, expect, it } from 'vitest';
import { withoutSeenTwins } from '../../src/extract/pdf/hidden-items.js';
import { judgeMaskedRuns, maskBound, maskCeiling, shadingCeiling, type MaskBound } from '../../src/extract/pdf/soft-mask.js';
import { collectRuns, judgeRuns, MIN_VISIBLE_ALPHA, type OperatorList } from '../../src/extract/pdf/visibility.js';

const PAGE = [0, 0, 612, 792] as const;
// pdf.js OPS: setGState 9, save 10, restore 11, transform 12, beginText 31, setFont 37, setTextMatrix 42, showText 44,
// setFillColorN 55, setFillRGBColor 59, shadingFill 62, paintFormXObjectBegin 74/End 75, beginGroup 76, endGroup 77,
// paintImageXObject 85, constructPath 91 (fill 22).
type Step = [number, unknown[]];
const ops = (steps: Step[]): OperatorList => ({ fnArray: steps.map((s) => s[0]), argsArray: steps.map((s) => s[1]) });
const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, width: 600, isSpace: unicode === ' ' }));
const text = (t: string, size = 10, colour = '#000000'): Step[] => [[59, [colour]], [31, []], [37, ['F', size]], [42, [[1, 0, 0, 1, 72, 700]]], [44, [glyphs(t)]]];
const BOX = [0, 0, 612, 792];
const rect = (colour: string, box = BOX): Step[] => [[59, [colour]], [91, [22, [[0]], box]]];
const group = (smask: unknown, inner: Step[]): Step[] => [[76, [{ bbox: BOX, smask, isolated: true }]], ...inner, [77, [{}]]];
/** An opaque mask inverted by its transfer map (Chromium's first copy of masked text). */
const INVERT = Array.from({ length: 256 }, (_, i) => 255 - i);
const IDENTITY = Array.from({ length: 256 }, (_, i) => i);
/** Chromium's mask-image: an Alpha mask filled with a tiling pattern that holds a Luminosity mask of the gradient `sh`. */
const chromiumMask = (sh: string): Step[] => group({ subtype: 'Alpha' }, [
  [55, ['TilingPattern', null, ops([...group({ subtype: 'Luminosity' }, [[55, ['Shading', sh, [1, 0, 0, 1, 0, 0]]], [91, [23, [[0]], BOX]]]), [9, [[['SMask', true]]]], [55, ['Shading', 'colour', [1, 0, 0, 1, 0, 0]]], [91, [23, [[0]], BOX]]])]],
  [91, [22, [[0]], BOX]],
]);
const axial = (...stops: string[]) => ['RadialAxial', 'axial', null, stops.map((c, i) => [i / Math.max(1, stops.length - 1), c]), [0, 0], [0, 1], null, null];
const under = (mask: Step[], t = 'Head of Ads'): Step[] => [...mask, [9, [[['SMask', true]]]], ...text(t), [9, [[['SMask', false]]]]];

async function judged(steps: Step[], shadings: Record<string, unknown> = {}) {
  const { runs, paints } = collectRuns(ops(steps), PAGE);
  await judgeMaskedRuns(runs, (id) => Promise.resolve(shadings[id] ?? null), MIN_VISIBLE_ALPHA);
  judgeRuns(runs, paints);
  return withoutSeenTwins(runs).map((r) => r.reason);
}

describe('PDF: how much a soft mask lets through', () => {
  const bound = (steps: Step[], options: Record<string, unknown>): MaskBound => maskBound(ops(steps), 0, steps.length, options, [0, 0, 612, 792]);
  it.each<[string, Step[], Record<string, unknown>, number]>([
    ['nothing painted in an Alpha mask', [], { subtype: 'Alpha' }, 0],
    ['an opaque rectangle in an Alpha mask', rect('#000000'), { subtype: 'Alpha' }, 1],
    ['a rectangle at ca 0.03', [[9, [[['ca', 0.03]]]], ...rect('#000000')], { subtype: 'Alpha' }, 0.03],
    ['black in a Luminosity mask', rect('#000000'), { subtype: 'Luminosity' }, 0],
    ['white in a Luminosity mask', rect('#ffffff'), { subtype: 'Luminosity' }, 1],
    ['a Luminosity mask on a white backdrop', [], { subtype: 'Luminosity', backdrop: [255, 255, 255] }, 1],
    ['an opaque rectangle inverted by the transfer map', rect('#000000'), { subtype: 'Alpha', transferMap: INVERT }, 0],
    ['trap: an identity transfer map', rect('#000000'), { subtype: 'Alpha', transferMap: IDENTITY }, 1],
    ['trap: an inverted mask over part of the box lets the rest through', rect('#000000', [0, 0, 100, 100]), { subtype: 'Alpha', transferMap: INVERT }, 1],
    ['trap: an image in a Luminosity mask (its pixels are not read)', [[85, ['img', 1, 1]]], { subtype: 'Luminosity' }, 1],
    ['trap: glyphs in an Alpha mask (background-clip: text)', text('Head of Ads'), { subtype: 'Alpha' }, 1],
    ['trap: a shading in a Luminosity mask, its colours not read', [[62, ['sh']]], { subtype: 'Luminosity' }, 1],
  ])('%s', (_name, steps, options, ceiling) => expect(maskCeiling(bound(steps, options))).toBeCloseTo(ceiling, 2));

  it.each<[string, unknown, number | undefined]>([
    ['transparent to transparent (black stops)', axial('#000000', '#000000'), 0],
    ['alpha 0.03 (stops of grey 8)', axial('#080808', '#080808'), 8 / 255],
    ['a fade from opaque to clear', axial('#ffffff', '#000000'), 1],
    ['a mesh or unknown shading', ['Mesh'], undefined],
  ])('the highest stop of %s', (_name, ir, ceiling) => {
    const got = shadingCeiling(ir);
    if (ceiling === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(ceiling, 3);
  });
});

describe('PDF: text under a mask-image', () => {
  it.each<[string, Step[], Record<string, unknown>, Array<string | undefined>]>([
    ['under a transparent gradient mask', under(chromiumMask('g')), { g: axial('#000000', '#000000') }, ['TRANSPARENT_TEXT']],
    ['under a gradient mask of alpha 0.03', under(chromiumMask('g')), { g: axial('#080808', '#080808') }, ['TRANSPARENT_TEXT']],
    ['under an inverted opaque mask', under(group({ subtype: 'Alpha', transferMap: INVERT }, rect('#000000'))), {}, ['TRANSPARENT_TEXT']],
    ['trap: under a gradient mask of alpha 0.6', under(chromiumMask('g')), { g: axial('#999999', '#999999') }, []],
    ['trap: under a fade-out mask (opaque at the top)', under(chromiumMask('g')), { g: axial('#ffffff', '#000000') }, []],
    ['trap: under a mask whose gradient cannot be read', under(chromiumMask('g')), {}, []],
    ['trap: an inverted copy hidden, the same text seen under a 0.6 mask (Chromium prints masked text twice)',
      [...under(group({ subtype: 'Alpha', transferMap: INVERT }, rect('#000000'))), ...under(chromiumMask('g'))], { g: axial('#999999', '#999999') }, []],
    ['trap: text after the mask is off again', [...chromiumMask('g'), [9, [[['SMask', true]]]], [9, [[['SMask', false]]]], ...text('Head of Ads')], { g: axial('#000000', '#000000') }, []],
  ])('%s', async (_name, steps, shadings, reasons) => expect(await judged(steps, shadings)).toEqual(reasons));
});

describe('PDF: small text and glyphs that stand for words', () => {
  const show = (units: Array<{ unicode: string; width: number }>, size = 10): Step[] => [[31, []], [37, ['F', size]], [42, [[1, 0, 0, 1, 72, 700]]], [44, [units]]];
  const reasons = (steps: Step[]) => collectRuns(ops(steps), PAGE).runs.map((r) => r.reason);
  it.each<[string, Step[], string | undefined]>([
    ['CSS 5 px (3.75 pt)', text('Head of Ads', 3.75), 'TINY_TEXT'],
    ['1 pt', text('Head of Ads', 1), 'TINY_TEXT'],
    ['trap: 4.5 pt (6 px), a small footer', text('Head of Ads', 4.5), undefined],
    ['trap: 8 pt', text('Head of Ads', 8), undefined],
    ['one glyph whose ToUnicode names a phrase', show([{ unicode: 'T', width: 600 }, { unicode: 'recommender systems', width: 500 }]), 'GLYPH_MISMATCH'],
    ['one glyph named a five-letter word', show([{ unicode: 'Azure', width: 500 }]), 'GLYPH_MISMATCH'],
    ['trap: ligatures (ffi, ffl, fi)', show([{ unicode: 'ffi', width: 800 }, { unicode: 'c', width: 500 }, { unicode: 'ffl', width: 800 }, { unicode: 'fi', width: 600 }]), undefined],
    ['trap: an emoji sequence in one glyph', show([{ unicode: '👩‍💻', width: 1000 }, { unicode: 'x', width: 500 }]), undefined],
    ['trap: an Arabic ligature (not Latin letters)', show([{ unicode: 'صلى الله عليه وسلم', width: 1000 }]), undefined],
  ])('%s', (_name, steps, reason) => expect(reasons(steps)[0]).toBe(reason));
});

describe('PDF: a hostile soft mask stays bounded', () => {
  it('5,000 paints under a nested mask of 5,000 gradients: linear, and still a bound', () => {
    const nested = group({ subtype: 'Luminosity' }, Array.from({ length: 5000 }, (_, i): Step => [62, [`sh${i}`]]));
    const steps: Step[] = [...nested, [9, [[['SMask', true]]]], ...Array.from({ length: 5000 }, (): Step[] => rect('#000000')).flat()];
    const started = performance.now();
    const b = maskBound(ops(steps), 0, steps.length, { subtype: 'Alpha' }, [0, 0, 612, 792]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(b.terms.length).toBeLessThanOrEqual(33);
    // Folded, the gradients' colours are no longer read: the bound is the constant 1, never lower than the truth.
    expect(maskCeiling(b, () => 0)).toBe(1);
  });
});
