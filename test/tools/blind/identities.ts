// The identifying strings of every labelled fixture, for blind mode's tests and its name-finding measurement: taken from the labels, never from our
// own reading. fixtures/resumes/*.yaml name the person and list the contact block; the layout zoo's files and the
// hand-written text résumés are named after the person (fixtures/zoo/<engine>/<first-last>.*), and their e-mails,
// phones and profile URLs are read from the source the file was made from by plain patterns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface FixtureIdentity {
  /** Path relative to the project. */
  file: string;
  /** Name parts of 3+ letters, as labelled. */
  nameParts: string[];
  /** E-mails, phones, URLs, as written. */
  strings: string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/gu;
const PHONE = /\+\d[\d ().-]{7,}\d/g;
const PROFILE = /(?:linkedin|github)\.com\/(?:in\/)?[\w-]+/g;

function parts(name: string): string[] {
  return (name.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => w.length >= 3 && w !== w.toLowerCase());
}

function fromSource(text: string): string[] {
  return [...new Set([...(text.match(EMAIL) ?? []), ...(text.match(PHONE) ?? []), ...(text.match(PROFILE) ?? [])])];
}

export function fixtureIdentities(): FixtureIdentity[] {
  const out: FixtureIdentity[] = [];
  const resumes = join(ROOT, 'fixtures/resumes');
  for (const name of readdirSync(resumes).sort()) {
    const path = join(resumes, name);
    if (name.endsWith('.yaml')) {
      const src = parse(readFileSync(path, 'utf8')) as { name: string; contact?: string[]; formats?: string[] };
      const strings = (src.contact ?? []).filter((c) => /@|\+\d|linkedin/.test(c)).map((c) => c.replace(/\s*\(LinkedIn\)$/, ''));
      for (const ext of ['pdf', 'docx']) {
        const file = `fixtures/resumes/${name.replace(/\.yaml$/, `.${ext}`)}`;
        if (existsSync(join(ROOT, file))) out.push({ file, nameParts: parts(src.name), strings });
      }
    } else if (/\.(txt|md)$/.test(name)) {
      out.push({ file: `fixtures/resumes/${name}`, nameParts: slugParts(name), strings: fromSource(readFileSync(path, 'utf8')) });
    }
  }
  const zoo = join(ROOT, 'fixtures/zoo');
  for (const engine of readdirSync(zoo).sort()) {
    if (!existsSync(join(zoo, engine)) || engine.includes('.')) continue;
    for (const labels of readdirSync(join(zoo, engine)).filter((n) => n.endsWith('.labels.yaml')).sort()) {
      const slug = labels.replace(/\.labels\.yaml$/, '');
      const { files = [] } = parse(readFileSync(join(zoo, engine, labels), 'utf8')) as { files?: string[] };
      const source = readdirSync(join(zoo, engine)).find((n) => n.startsWith(`${slug}.`) && /\.(html|tex|fodt|fo|md)$/.test(n));
      const strings = source ? fromSource(readFileSync(join(zoo, engine, source), 'utf8')) : [];
      // A Markdown source is itself a résumé the tool reads (pandoc's input).
      const read = source?.endsWith('.md') ? [...files, source] : files;
      for (const f of read) if (existsSync(join(zoo, engine, f))) out.push({ file: `fixtures/zoo/${engine}/${f}`, nameParts: slugParts(slug), strings });
    }
  }
  return out;
}

/** "anya-kowalski-mbeki-linkedin" → Anya, Kowalski, Mbeki (the layout's suffix dropped). */
function slugParts(file: string): string[] {
  return basename(file).replace(/\.[a-z]+$/, '').replace(/-linkedin$/, '').split('-').filter((w) => w.length >= 3);
}
