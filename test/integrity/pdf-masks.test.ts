// Case tables for PDF soft masks (Chromium's background-clip: text and mask-image), text printed twice at one place
// (a seen twin), rotated images over text, and the paint index that keeps judging runs against paints near linear.
import { describe, expect, it } from 'vitest';
import { withoutSeenTwins } from '../../src/extract/pdf/hidden-items.js';
import { collectRuns, imagesUnderRuns, judgeRuns, type OperatorList, type Paint, type Run } from '../../src/extract/pdf/visibility.js';

const PAGE = [0, 0, 612, 792] as const;
// pdf.js OPS: setGState 9, beginText 31, setFont 37, setTextMatrix 42, showText 44, setFillRGBColor 59,
// beginGroup 76, endGroup 77, constructPath 91 (fill 22), paintImageXObject 85, transform 12, save 10, restore 11.
type Step = [number, unknown[]];
const ops = (steps: Step[]): OperatorList => ({ fnArray: steps.map((s) => s[0]), argsArray: steps.map((s) => s[1]) });
const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, width: 600, isSpace: unicode === ' ' }));
const text = (t: string, x = 72, y = 700, colour = '#000000'): Step[] => [[59, [colour]], [31, []], [37, ['F', 10]], [42, [[1, 0, 0, 1, x, y]]], [44, [glyphs(t)]]];
const rect = (x0: number, y0: number, x1: number, y1: number, colour = '#ffffff'): Step[] => [[59, [colour]], [91, [22, [[0, x0, y0, 1, x1, y0, 1, x1, y1, 1, x0, y1, 3]], [x0, y0, x1, y1]]]];
const group = (smask: unknown, inner: Step[]): Step[] => [[76, [{ bbox: [0, 0, 612, 792], smask, isolated: true }]], ...inner, [77, [{}]]];
const judged = (steps: Step[]) => {
  const { runs, paints } = collectRuns(ops(steps), PAGE);
  judgeRuns(runs, paints);
  return runs.map((r) => [r.text, r.reason ?? null]);
};

describe('PDF: soft masks', () => {
  it.each<[string, Step[], Array<[string, string | null]>]>([
    // background-clip: text: the glyphs are the mask's shape, then a gradient is painted through it.
    ['gradient text: glyphs in the mask group, a gradient painted under the mask', [...group({ subtype: 'Alpha' }, text('Head of Ads')), [9, [[['SMask', true]]]], ...rect(60, 690, 400, 715, '#c2185b'), [9, [[['SMask', false]]]]], [['Head of Ads', null]]],
    ['trap: a paint in a mask group hides nothing drawn before it', [...text('Head of Ads'), ...group({ subtype: 'Luminosity' }, rect(0, 0, 612, 792, '#ffffff'))], [['Head of Ads', null]]],
    ['a paint under a soft mask hides nothing (its shape is not known)', [...text('Head of Ads'), [9, [[['SMask', true]]]], ...rect(0, 0, 612, 792, '#ffffff'), [9, [[['SMask', false]]]]], [['Head of Ads', null]]],
    ['white text on a soft-masked paint: not judged against the page', [[9, [[['SMask', true]]]], ...rect(0, 0, 612, 792, '#1f3864'), [9, [[['SMask', false]]]], ...text('Head of Ads', 72, 700, '#ffffff')], [['Head of Ads', null]]],
    ['glyphs in the mask group painted white through it (background-clip: text, white)', [...group({ subtype: 'Alpha' }, text('Head of Ads')), [9, [[['SMask', true]]]], ...rect(60, 690, 400, 715, '#ffffff'), [9, [[['SMask', false]]]]], [['Head of Ads', 'WHITE_TEXT']]],
    ['trap: glyphs in the mask group painted magenta through it', [...group({ subtype: 'Alpha' }, text('Head of Ads')), [9, [[['SMask', true]]]], ...rect(60, 690, 400, 715, '#c2185b'), [9, [[['SMask', false]]]]], [['Head of Ads', null]]],
    ['a masked white fill on the white page changes nothing under later white text', [[9, [[['SMask', true]]]], ...rect(0, 0, 612, 792, '#ffffff'), [9, [[['SMask', false]]]], ...text('Head of Ads', 72, 700, '#ffffff')], [['Head of Ads', 'WHITE_TEXT']]],
    ['white text with no mask at all is still white', [...text('Head of Ads', 72, 700, '#ffffff')], [['Head of Ads', 'WHITE_TEXT']]],
    ['a white cover once the mask is off again covers', [[9, [[['SMask', true]]]], [9, [[['SMask', false]]]], ...text('Head of Ads'), ...rect(60, 690, 400, 715)], [['Head of Ads', 'COVERED']]],
  ])('%s', (_name, steps, expected) => expect(judged(steps)).toEqual(expected));
});

describe('PDF: text as a clip (render mode 7) painted through', () => {
  // save 10, restore 11, setTextRenderingMode 38, endText 32.
  const clipText = (t: string, x = 72, y = 700): Step[] => [[38, [7]], [31, []], [37, ['F', 10]], [42, [[1, 0, 0, 1, x, y]]], [44, [glyphs(t)]], [32, []], [38, [0]]];
  it.each<[string, Step[], Array<[string, string | null]>]>([
    ['gradient text from a design tool: glyphs as a clip, then a navy fill', [[10, []], ...clipText('Head of Ads'), ...rect(0, 0, 612, 792, '#1f3864'), [11, []]], [['Head of Ads', null]]],
    ['a shading painted through the glyphs (colour not read): seen', [[10, []], ...clipText('Head of Ads'), [62, ['sh1']], [11, []]], [['Head of Ads', null]]],
    ['white painted through the glyphs on the white page', [[10, []], ...clipText('Head of Ads'), ...rect(0, 0, 612, 792, '#ffffff'), [11, []]], [['Head of Ads', 'WHITE_TEXT']]],
    ['glyphs as a clip with nothing painted', [[10, []], ...clipText('Head of Ads'), [11, []]], [['Head of Ads', 'RENDER_MODE_INVISIBLE']]],
    ['a paint after the clip is restored away paints no glyphs (and covers them)', [[10, []], ...clipText('Head of Ads'), [11, []], ...rect(0, 0, 612, 792, '#1f3864')], [['Head of Ads', 'RENDER_MODE_INVISIBLE']]],
    ['trap: the paint through the glyphs covers no text drawn before it', [...text('Sam Okafor', 72, 720), [10, []], ...clipText('Head of Ads'), ...rect(0, 0, 612, 792, '#1f3864'), [11, []]], [['Sam Okafor', null], ['Head of Ads', null]]],
  ])('%s', (_name, steps, expected) => expect(judged(steps)).toEqual(expected));
});

describe('PDF: a rotated image over text', () => {
  // A 200 × 40 image rotated 20° about its corner at (60, 690): its bounding box is much larger than it.
  const rotated = (x: number, y: number): Step[] => {
    const [cos, sin] = [Math.cos(Math.PI / 9), Math.sin(Math.PI / 9)];
    return [[10, []], [12, [200 * cos, 200 * sin, -40 * sin, 40 * cos, x, y]], [85, ['img1', 1, 1]], [11, []]];
  };
  it.each<[string, Step[], string | null]>([
    ['text along the image, under it', [...text('Orbit', 80, 715), ...rotated(70, 690)], 'COVERED'],
    ['trap: text in the bounding box’s empty corner, beside the tilted photo', [...text('Orbit', 60, 750), ...rotated(70, 690)], null],
  ])('%s', (_name, steps, reason) => expect(judged(steps)[0]?.[1]).toBe(reason));
});

describe('PDF: the same text drawn twice at one place', () => {
  const run = (t: string, x: number, y: number, reason?: string): Run => ({ text: t, box: [x, y - 2, x + 50, y + 8], x, y, order: 0, inks: [], ...(reason ? { reason } : {}) });
  it.each<[string, Run[], string[]]>([
    ['a transparent copy over a seen one (Chromium’s text layer of gradient text)', [run('Head of Ads', 72, 700), run('Head of Ads', 72.4, 700, 'TRANSPARENT_TEXT')], []],
    ['trap: a hidden run elsewhere on the line is still hidden', [run('Head of Ads', 72, 700), run('Head of Ads', 300, 700, 'WHITE_TEXT')], ['Head of Ads']],
    ['trap: a hidden run of other words at the same place', [run('Head of Ads', 72, 700), run('recommender systems', 72, 700, 'WHITE_TEXT')], ['recommender systems']],
    ['a hidden run with no seen twin', [run('recommender systems', 72, 700, 'COVERED')], ['recommender systems']],
  ])('%s', (_name, runs, hidden) => expect(withoutSeenTwins(runs).map((r) => r.text)).toEqual(hidden));
});

describe('PDF: judging many runs against many paints stays near linear', () => {
  it('20,000 runs over 20,000 small rectangles (17 s before the index)', () => {
    const N = 20_000;
    const at = (i: number): [number, number] => [(i % 100) * 6, Math.floor(i / 100) * 4];
    const runs: Run[] = Array.from({ length: N }, (_, i) => {
      const [x, y] = at(i);
      return { text: 'x', box: [x, y, x + 5, y + 3], x, y, order: 2 * i + 1, inks: [{ color: '000000', alpha: 1 }] };
    });
    const paints: Paint[] = Array.from({ length: N }, (_, i) => {
      const [x, y] = at(i);
      return { box: [x, y, x + 0.5, y + 0.5], order: 2 * i, color: '000000', image: { matrix: [1, 0, 0, 1, 0, 0] } };
    });
    const t = performance.now();
    expect(imagesUnderRuns(runs, paints)).toEqual([]);
    judgeRuns(runs, paints);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(runs.every((r) => r.reason === undefined)).toBe(true);
  });
  it('1,000 runs under 1,000 page-wide ellipses of 2,000 points each stay bounded (a work budget on shapes)', () => {
    const N = 1_000;
    const ring: number[] = [];
    for (let k = 0; k < 2_000; k++) ring.push(300 + 400 * Math.cos((2 * Math.PI * k) / 2_000), 400 + 500 * Math.sin((2 * Math.PI * k) / 2_000));
    const runs: Run[] = Array.from({ length: N }, (_, i) => {
      const [x, y] = [100 + (i % 40) * 10, 200 + Math.floor(i / 40) * 8];
      return { text: 'xyz', box: [x, y, x + 8, y + 6], x, y, order: i, inks: [{ color: '000000', alpha: 1 }] };
    });
    const data = [0, ring[0] ?? 0, ring[1] ?? 0, ...Array.from({ length: ring.length / 2 - 1 }, (_, k) => [1, ring[2 * k + 2] ?? 0, ring[2 * k + 3] ?? 0]).flat(), 3];
    const paints: Paint[] = Array.from({ length: N }, (_, i) => ({ box: [-100, -100, 700, 900], order: N + i, color: 'FFFFFF', path: { data, matrix: [1, 0, 0, 1, 0, 0], evenOdd: false } }));
    const t = performance.now();
    judgeRuns(runs, paints);
    expect(performance.now() - t).toBeLessThan(3000);
    // The budget is spent on the first runs: they are covered; past it shapes hide nothing.
    expect(runs[0]?.reason).toBe('COVERED');
  });
  it('a large paint still covers every run under it, and a later small one only its own', () => {
    const runs: Run[] = [0, 1, 2].map((i) => ({ text: `r${i}`, box: [100 * i, 100, 100 * i + 50, 110], x: 100 * i, y: 100, order: i, inks: [{ color: '000000', alpha: 1 }] }));
    judgeRuns(runs, [{ box: [0, 0, 400, 400], order: 10, color: 'FFFFFF' }, { box: [0, 0, 1, 1], order: 11, color: 'FFFFFF' }]);
    expect(runs.map((r) => r.reason)).toEqual(['COVERED', 'COVERED', 'COVERED']);
    const more: Run[] = [0, 1].map((i) => ({ text: `r${i}`, box: [100 * i, 100, 100 * i + 50, 110], x: 100 * i, y: 100, order: i, inks: [{ color: '000000', alpha: 1 }] }));
    judgeRuns(more, [{ box: [95, 95, 160, 115], order: 10, color: 'FFFFFF' }]);
    expect(more.map((r) => r.reason ?? null)).toEqual([null, 'COVERED']);
  });
});
