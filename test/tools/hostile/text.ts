// Fictional résumé text shared by the hostile files that carry some (written for this project; no real person).

export const RESUME_LINES = [
  'Tove Halvorsen-Imre',
  'tove.halvorsen@example.com | Trondheim, Norway',
  'Experience',
  'Machine Learning Engineer - Fjordline Analytics - Mar 2019 - Present',
  'Built ranking models for a marketplace search engine.',
  'Education',
  'MSc Statistics - University of Nordvik - 2014 - 2016',
];

/** Deterministic bytes (mulberry32): "random garbage" that is the same on every run. */
export function pseudoRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

export function resumeText(tag: string): string {
  return [...RESUME_LINES, `Reference ${tag}`].join('\n') + '\n';
}
