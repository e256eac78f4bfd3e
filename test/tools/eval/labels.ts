// The labelled corpus the eval measures: the layout zoo (fixtures/zoo/<engine>/<slug>.labels.yaml, files rendered by
// real engines) and the older fixtures (fixtures/resumes/*.yaml `expected:` blocks, rendered by pdfkit and docx, and
// fixtures/cases/text-resumes.expected.yaml). Every source is turned into the same shape: one labelled file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface LabelJob {
  title: string;
  company?: string;
  /** "YYYY-MM", or "YYYY" when the résumé gives only the year. */
  start: string | null;
  /** "YYYY-MM", "YYYY", "present", or null when the résumé gives none. */
  end: string | null;
  kind: string;
}

export interface LabelledFile {
  /** Path of the résumé file, relative to the project. */
  file: string;
  /** Engine that rendered it (latex, libreoffice, chromium, fop, pandoc; pdfkit, docx-js, text for the old fixtures). */
  engine: string;
  layout: string;
  jobs: LabelJob[];
  /** Expected `met` per requirement id of the shipped rubric (absent: not labelled). */
  requirements: Record<string, boolean>;
}

export const ZOO = 'fixtures/zoo';
const RESUMES = 'fixtures/resumes';
const TEXT_LABELS = 'fixtures/cases/text-resumes.expected.yaml';

interface ZooLabels {
  layout?: string;
  engine?: string;
  files?: string[];
  jobs?: { title?: unknown; company?: unknown; start?: unknown; end?: unknown; kind?: unknown }[];
  requirements?: Record<string, boolean>;
}

interface OldExpected {
  jobs: { title: string; org?: string; start: string | null; end: string | null; kind: string }[];
  requirements?: Record<string, boolean>;
}

/** YAML reads `2019` as a number and `2019-03` as a string; labels keep both as strings. */
function dateLabel(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return String(v).trim().toLowerCase() === 'present' ? 'present' : String(v).trim();
}

function zooJobs(raw: ZooLabels['jobs']): LabelJob[] {
  return (raw ?? []).map((j) => ({
    title: String(j.title ?? ''),
    ...(j.company !== undefined && j.company !== null ? { company: String(j.company) } : {}),
    start: dateLabel(j.start),
    end: dateLabel(j.end),
    kind: String(j.kind ?? 'employment'),
  }));
}

export function zooFiles(root = ZOO): LabelledFile[] {
  if (!existsSync(root)) return [];
  const out: LabelledFile[] = [];
  for (const engine of readdirSync(root).sort()) {
    const dir = join(root, engine);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.labels.yaml')).sort()) {
      const labels = parse(readFileSync(join(dir, name), 'utf8')) as ZooLabels;
      for (const f of labels.files ?? []) {
        const file = join(dir, f);
        if (!existsSync(file)) continue;
        out.push({ file, engine: labels.engine ?? engine, layout: labels.layout ?? name.replace(/\.labels\.yaml$/, ''), jobs: zooJobs(labels.jobs), requirements: labels.requirements ?? {} });
      }
    }
  }
  return out;
}

function fromOld(file: string, engine: string, layout: string, e: OldExpected): LabelledFile {
  const jobs = e.jobs.map((j) => ({ title: j.title, ...(j.org !== undefined ? { company: j.org } : {}), start: dateLabel(j.start), end: dateLabel(j.end), kind: j.kind }));
  return { file, engine, layout, jobs, requirements: e.requirements ?? {} };
}

/** The older fixtures: one YAML source rendered by pdfkit (PDF) and docx (DOCX), and hand-written text/Markdown. */
export function fixtureFiles(): LabelledFile[] {
  const out: LabelledFile[] = [];
  for (const name of readdirSync(RESUMES).filter((n) => n.endsWith('.yaml')).sort()) {
    const src = parse(readFileSync(join(RESUMES, name), 'utf8')) as { layout?: string; expected?: OldExpected };
    if (!src.expected) continue;
    for (const [ext, engine] of [['pdf', 'pdfkit'], ['docx', 'docx-js']] as const) {
      const file = join(RESUMES, name.replace(/\.yaml$/, `.${ext}`));
      if (existsSync(file)) out.push(fromOld(file, engine, src.layout ?? 'single', src.expected));
    }
  }
  if (existsSync(TEXT_LABELS)) {
    const text = parse(readFileSync(TEXT_LABELS, 'utf8')) as { files?: Record<string, OldExpected> };
    for (const [name, expected] of Object.entries(text.files ?? {})) {
      const file = join(RESUMES, name);
      if (existsSync(file)) out.push(fromOld(file, 'text', name.endsWith('.md') ? 'markdown' : 'text', expected));
    }
  }
  return out;
}
