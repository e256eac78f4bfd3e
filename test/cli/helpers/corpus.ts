// Temp folders of fictional résumés for the end-to-end tests: text résumés written here, PDF and DOCX rendered with
// the benchmark's generator (seeded, so the same every run).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makePerson, seeded } from '../../tools/bench/people.js';
import { renderDocx, renderPdf } from '../../tools/bench/render.js';
import { ROOT } from './run.js';

export const TEXT_RESUME = `Marisol Ocampo
Engineering Manager, Personalization · marisol.ocampo@example.com

EXPERIENCE
Engineering Manager, Recommendations — Contoso Media — Jan 2021 – Present
Managed a team of 8 engineers building the home feed recommender system (retrieval and ranking).
Uses GitHub Copilot and Cursor every day and rolled them out to the team.
Senior Machine Learning Engineer — Fabrikam Ads — Mar 2015 – Dec 2020
Built CTR prediction models for the ads auction; led the migration to Spark.

EDUCATION
MSc Computer Science — University of Lisbon — 2013 – 2015
`;

export function tempDir(prefix = 'rs-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the built package in a new folder, as an install or an upgrade leaves it (node_modules shared). */
export function copyBuiltPackage(prefix: string): string {
  const pkg = tempDir(prefix);
  for (const part of ['bin', 'dist', 'rubrics', 'package.json', 'package-lock.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  return pkg;
}

/** `count` rendered résumés (PDF and DOCX alternating layouts) in `dir`; returns their file names. */
export async function renderResumes(dir: string, count: number, seed = 7): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const rand = seeded(seed);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = makePerson(rand, i);
    const pdf = i % 3 !== 2;
    const name = `${String(i).padStart(3, '0')}-${person.name.toLowerCase().replace(/[^a-z]+/g, '-')}.${pdf ? 'pdf' : 'docx'}`;
    const bytes = pdf ? await renderPdf(person, i % 2 ? 'sidebar' : 'single') : await renderDocx(person, i % 2 ? 'skills-table' : 'paragraphs');
    writeFileSync(join(dir, name), bytes);
    names.push(name);
  }
  return names;
}

export interface BrokenExpectation {
  kind: 'error' | 'warning' | 'ok';
  code?: string;
}

/** fixtures/broken/expected.yaml (`files: { name: { code, kind } }`), only the files present. */
export function brokenFixtures(): Record<string, BrokenExpectation> {
  const path = join(ROOT, 'fixtures', 'broken', 'expected.yaml');
  if (!existsSync(path)) throw new Error('fixtures/broken/expected.yaml is missing: run `npm run fixtures`');
  const parsed = parse(readFileSync(path, 'utf8')) as { files?: Record<string, BrokenExpectation> } | null;
  const files = parsed?.files ?? {};
  return Object.fromEntries(Object.entries(files).filter(([file]) => existsSync(join(ROOT, 'fixtures', 'broken', file))));
}

export function copyBroken(dir: string): Record<string, BrokenExpectation> {
  const expected = brokenFixtures();
  mkdirSync(dir, { recursive: true });
  for (const file of Object.keys(expected)) copyFileSync(join(ROOT, 'fixtures', 'broken', file), join(dir, file));
  return expected;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' });
}
