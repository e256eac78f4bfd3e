// Word's "All caps" (<w:caps/>) on a style or a run: the DOCX reads in capitals as its PDF does.
import { describe, expect, it } from 'vitest';
import { applyCaps, capsStyleIds } from '../../src/extract/docx/caps.js';

const style = (id: string, rPr: string, basedOn?: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}<w:rPr>${rPr}</w:rPr></w:style>`;
const styles = `<w:styles>${[
  style('H', '<w:b/><w:caps/>'),
  style('H2', '<w:i/>', 'H'),
  style('Quiet', '<w:caps w:val="false"/>', 'H'),
  style('On', '<w:caps w:val="1"/>'),
  style('Body', '<w:sz w:val="20"/>'),
  style('Small', '<w:smallCaps/>'),
  style('LoopA', '<w:b/>', 'LoopB'),
  style('LoopB', '<w:i/>', 'LoopA'),
].join('')}</w:styles>`;

describe('capsStyleIds', () => {
  it('caps on a style, inherited through basedOn, turned off again, and loops cut', () => {
    expect([...capsStyleIds(styles)].sort()).toEqual(['H', 'H2', 'On']);
  });
  it('no styles part → none', () => {
    expect(capsStyleIds(undefined).size).toBe(0);
  });
});

describe('applyCaps', () => {
  const text = (value: string) => ({ type: 'text', value });
  const doc = () => ({
    type: 'document',
    children: [
      { type: 'paragraph', styleId: 'H', children: [{ type: 'run', children: [text('On-campus involvement')] }] },
      { type: 'paragraph', styleId: 'Body', children: [{ type: 'run', children: [text('President, Robotics Society')] }] },
      { type: 'paragraph', styleId: 'Body', children: [{ type: 'run', isAllCaps: true, children: [text('Skills')] }, { type: 'run', children: [text(' and more')] }] },
      { type: 'paragraph', styleId: null, children: [{ type: 'run', styleId: 'On', children: [text('Projects')] }] },
    ],
  });
  it('upper-cases exactly the runs shown in capitals', () => {
    const out = applyCaps(doc(), capsStyleIds(styles));
    const texts = out.children.map((p) => p.children.map((r) => r.children.map((t) => t.value).join('')).join(''));
    expect(texts).toEqual(['ON-CAMPUS INVOLVEMENT', 'President, Robotics Society', 'SKILLS and more', 'PROJECTS']);
  });
});
