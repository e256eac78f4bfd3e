// Case tables for Markdown styled by <style> blocks and the CSS a browser or Markdown preview still honours (named
// colours, scaling, filters, squeezed letters, a push far down, SVG fill, <noscript>), with the honest look-alikes
// they must leave alone; and the hidden-element scan staying linear on hostile nesting.
import { describe, expect, it } from 'vitest';
import { cssColour, parseStylesheet, splitMarkupHidden } from '../../src/extract/markup-hidden.js';

const reasonsOf = (source: string) => [...new Set(splitMarkupHidden(source).hidden.map((h) => h.reason))];

describe('Markdown: a <style> block', () => {
  it.each<[string, string, string[]]>([
    ['a class made white', '<style>.k { color: #fff }</style>\n\n<div class="k">\n\nsecret words\n\n</div>\n\nAfter', ['WHITE_TEXT']],
    ['an id made display:none', '<style>#kw{display:none}</style>\n<p id="kw">secret words</p>\nAfter', ['DISPLAY_NONE']],
    ['a tag and class (p.x) at opacity 0', '<style>p.x { opacity: 0 }</style>\n<p class="x y">secret words</p>', ['DISPLAY_NONE']],
    ['a descendant selector', '<style>.cv .kw { font-size: 1px }</style>\n<div class="cv"><span class="kw">secret words</span></div>', ['TINY_TEXT']],
    ['a Markdown heading level restyled', '<style>h6 { color: white }</style>\n\n# Name\n\n###### secret words\n\nAfter', ['WHITE_TEXT']],
    ['Markdown quotes hidden', '<style>blockquote { visibility: hidden }</style>\n\n> secret words\n\nAfter', ['DISPLAY_NONE']],
    ['a custom property (var) from :root', '<style>:root { --paper: #fffffe }</style>\n<span style="color: var(--paper)">secret words</span>', ['WHITE_TEXT']],
    ['a var() fallback', '<span style="color: var(--unset, white)">secret words</span>', ['WHITE_TEXT']],
    ['inline style over the stylesheet: hidden', '<style>.k { color: #222 }</style>\n<span class="k" style="color:#fff">secret words</span>', ['WHITE_TEXT']],
    ['an id rule over a class rule, whatever their order', '<style>#a { color: white } .k { color: black }</style>\n<span id="a" class="k">secret words</span>', ['WHITE_TEXT']],
  ])('%s', (_name, source, reasons) => {
    const r = splitMarkupHidden(source);
    expect(reasonsOf(source)).toEqual(reasons);
    expect(r.text).not.toContain('secret');
  });
  it.each<[string, string]>([
    ['trap: white on the dark panel the stylesheet paints', '<style>.panel { background: #1f3864 } .panel h3, .panel { color: white }</style>\n<div class="panel">\n\n### visible words\n\n</div>'],
    ['trap: a dark page with light text', '<style>body { background: #111; color: ivory } h1 { color: whitesmoke }</style>\n\n# visible words\n\nvisible words'],
    ['trap: a descendant rule whose ancestor is absent', '<style>.sidebar .kw { color: white } .sidebar { background: navy }</style>\n<span class="kw">visible words</span>'],
    ['trap: a pseudo-class rule (not read)', '<style>a:hover { color: white }</style>\n<a href="#">visible words</a>'],
    ['trap: an honest stylesheet', '<style>\nbody { font-family: serif; color: #222 }\nh2 { border-bottom: 1px solid #ccc; color: #1f3864 }\nli { margin: 2px 0 }\n</style>\n\n## visible words\n\n- visible words'],
    ['trap: code after a fence is never restyled', '<style>p { color: white; background: #000 }</style>\n\n```\nvisible words\n```'],
  ])('%s', (_name, source) => {
    const r = splitMarkupHidden(source);
    expect(r.hidden).toEqual([]);
    expect(r.text).toContain('visible words');
  });
  it('the stylesheet’s own text is never read, nor flagged', () => {
    const r = splitMarkupHidden('<style>\n/* secret words */\n.a { color: red }\n</style>\n<script>var s = "secret words";</script>\nAfter');
    expect(r.hidden).toEqual([]);
    expect(r.text).not.toContain('secret');
    expect(r.text).toContain('After');
  });
  it.each<[string, number]>([
    ['.a, #b, p.c { color: red }', 3],
    ['@media print { .a { display: none } }', 1],
    ['a:hover { color: red } ::selection { color: red }', 0],
    ['.a { }', 0],
    ['/* .a { color: red } */ .b > .c { color: red }', 1],
  ])('parses %j into %i rules', (css, n) => expect(parseStylesheet(css)).toHaveLength(n));
});

describe('Markdown: CSS a browser honours', () => {
  it.each<[string, string]>([
    ['<div style="display:none">\n\nsecret words\n\n</div>', 'DISPLAY_NONE'],
    ['<div style="height:0;overflow:hidden">\n\nsecret words\n\n</div>', 'CLIPPED'],
    ['<span style="color: lightyellow">secret words</span>', 'WHITE_TEXT'],
    ['<span style="color: Cornsilk">secret words</span>', 'WHITE_TEXT'],
    ['<span style="transform: scale(0.01)">secret words</span>', 'TINY_TEXT'],
    ['<span style="transform: scaleY(5%)">secret words</span>', 'TINY_TEXT'],
    ['<span style="zoom: 0.05">secret words</span>', 'TINY_TEXT'],
    ['<span style="filter: opacity(0.02)">secret words</span>', 'DISPLAY_NONE'],
    ['<span style="font: 0/0 a">secret words</span>', 'TINY_TEXT'],
    ['<span style="font: italic 1px sans-serif">secret words</span>', 'TINY_TEXT'],
    ['<span style="letter-spacing: -1em">secret words</span>', 'TINY_TEXT'],
    ['<span style="font-size: 12px; letter-spacing: -6px">secret words</span>', 'TINY_TEXT'],
    ['<div style="position:absolute; top: 9999px">secret words</div>', 'OFF_PAGE'],
    ['<svg><text fill="#fff">secret words</text></svg>', 'WHITE_TEXT'],
    ['<svg><text style="fill: white">secret words</text></svg>', 'WHITE_TEXT'],
    ['<noscript>secret words</noscript>', 'DISPLAY_NONE'],
  ])('%j is hidden (%s)', (source, reason) => {
    const r = splitMarkupHidden(`Visible line\n${source}\n\nAfter`);
    expect(reasonsOf(`Visible line\n${source}\n\nAfter`)).toEqual([reason]);
    expect(r.text).not.toContain('secret');
    expect(r.text).toContain('After');
  });
  it.each([
    '<span style="transform: scale(0.9)">visible words</span>',
    '<span style="transform: rotate(-2deg) scale(1.1)">visible words</span>',
    '<span style="filter: opacity(0.7) blur(0.2px)">visible words</span>',
    '<span style="font: bold 14px/1.4 Georgia, serif">visible words</span>',
    '<span style="letter-spacing: 0.2em">visible words</span>',
    '<span style="letter-spacing: -0.05em">visible words</span>',
    '<div style="position:relative; top: 4px">visible words</div>',
    '<div style="position:absolute; top: 120px">visible words</div>',
    '<svg><text fill="#1f3864">visible words</text></svg>',
    '<span style="color: darkslategray">visible words</span>',
    '<span style="color: beige; background: saddlebrown">visible words</span>',
    '<details><summary>More</summary>visible words</details>',
    '<div>\n\nvisible words\n\n</div>',
  ])('%j is not hidden', (source) => {
    const r = splitMarkupHidden(source);
    expect(r.hidden).toEqual([]);
    expect(r.text).toContain('visible words');
  });
  it.each<[string, string]>([
    ['lightyellow', 'FFFFE0'], ['rebeccapurple', '663399'], ['DarkSlateGrey', '2F4F4F'],
  ])('named colour %s', (name, hex) => expect(cssColour(name)?.hex).toBe(hex));
});

describe('Markdown: the hidden-element scan is linear on hostile nesting', () => {
  // Each took 2–10 s before (every tag rescanned the text to the hidden element's block end, or the open stack).
  it.each<[string, string]>([
    ['a hidden div holding 20,000 tags in one block', `<div style="display:none">${'<span>x</span>'.repeat(20_000)}</div>`],
    ['20,000 unclosed spans, then 20,000 closing tags of another name', `${'<span>a'.repeat(20_000)}${'</p>'.repeat(20_000)}`],
    ['20,000 nested divs under a stylesheet with descendant rules', `<style>.a .b .c { color: white } .a { color: #333 }</style>\n${'<div class="a b">'.repeat(20_000)}text${'</div>'.repeat(20_000)}`],
  ])('%s', (_name, source) => {
    const t = performance.now();
    splitMarkupHidden(source);
    expect(performance.now() - t).toBeLessThan(2500);
  });
});

describe('Markdown: what a browser never draws, and the markup it does not show', () => {
  it.each<[string, string, string]>([
    ['a processing instruction', '<?note secret words ?>\n\nAfter', 'HTML_COMMENT'],
    ['a CDATA section', '<![CDATA[secret words]]>\n\nAfter', 'HTML_COMMENT'],
    ['a declaration', '<!NOTE secret words>\n\nAfter', 'HTML_COMMENT'],
    ['<title> in the body', '<title>secret words</title>\n\nAfter', 'DISPLAY_NONE'],
    ['<noembed>', '<noembed>secret words</noembed>\n\nAfter', 'DISPLAY_NONE'],
    ['<noframes>', '<noframes>secret words</noframes>\n\nAfter', 'DISPLAY_NONE'],
    ['<datalist> options', '<datalist><option>secret words</option></datalist>\n\nAfter', 'DISPLAY_NONE'],
    ['a <canvas> fallback', '<canvas>secret words</canvas>\n\nAfter', 'DISPLAY_NONE'],
    ['a <video> fallback', '<video src="a.mp4">secret words</video>\n\nAfter', 'DISPLAY_NONE'],
    ['an <audio> fallback', '<audio>secret words</audio>\n\nAfter', 'DISPLAY_NONE'],
    ['SVG <desc>', '<svg width="1" height="1"><desc>secret words</desc></svg>\n\nAfter', 'DISPLAY_NONE'],
    ['a style colour written with a character reference (&#119;hite)', '<span style="color:&#119;hite">secret words</span>\n\nAfter', 'WHITE_TEXT'],
    ['a style colour split by a CSS comment', '<span style="color:/**/#fff">secret words</span>\n\nAfter', 'WHITE_TEXT'],
    ['text in the colour of a bgcolor attribute', '<table bgcolor="#1f3864"><tr><td><font color="#1f3864">secret words</font></td></tr></table>\n\nAfter', 'COLOUR_MATCHES_SHADING'],
    ['background: currentColor', '<span style="color:#333;background:currentColor">secret words</span>\n\nAfter', 'COLOUR_MATCHES_SHADING'],
  ])('%s → %s', (_name, source, reason) => {
    const r = splitMarkupHidden(source);
    expect(reasonsOf(source)).toEqual([reason]);
    expect(r.text).not.toContain('secret');
    expect(r.text).toContain('After');
  });
  it.each<[string, string, string]>([
    ['an abbreviation’s title is a tooltip: its text shows, the title does not', '<abbr title="secret words">visible words</abbr>', 'visible words'],
    ['an input’s value is not on the page', 'visible words <input type="hidden" value="secret words">', 'visible words'],
    ['an HTML image’s alt text is not on the page', '<img src="me.png" alt="secret words"> visible words', 'visible words'],
    ['a link’s title attribute', '<a href="https://example.com" title="secret words">visible words</a>', 'visible words'],
  ])('%s', (_name, source, shown) => {
    const r = splitMarkupHidden(source);
    expect(r.hidden).toEqual([]);
    expect(r.text).toContain(shown);
    expect(r.text).not.toContain('secret');
    expect(r.text).not.toContain('<');
  });
  it.each<[string, string, string]>([
    ['trap: an autolink stays', 'See <https://example.com/sam> for more', 'https://example.com/sam'],
    ['trap: an address in angle brackets stays', 'Mail <sam.okafor@example.com>', 'sam.okafor@example.com'],
    ['trap: a comparison in prose stays', 'Cut latency to <100 ms and kept 5 > 3', '<100 ms and kept 5 > 3'],
    ['trap: white on a dark bgcolor cell', '<table><tr><td bgcolor="#1f3864"><font color="white">visible words</font></td></tr></table>', 'visible words'],
    ['trap: a border in currentColor (no background)', '<span style="color:#333;border:1px solid currentColor">visible words</span>', 'visible words'],
    ['trap: a light background over a dark panel, its text dark', '<div style="background:#111"><span style="color:#222;background:#fffde7">visible words</span></div>', 'visible words'],
    ['trap: an entity in a visible colour', '<span style="color:&#35;1f3864">visible words</span>', 'visible words'],
    ['trap: a line break tag splits the line', 'visible words<br>next line', 'visible words  \nnext line'], // a hard break: two spaces, then the new line
  ])('%s', (_name, source, shown) => {
    const r = splitMarkupHidden(source);
    expect(r.hidden).toEqual([]);
    expect(r.text).toContain(shown);
  });
});
