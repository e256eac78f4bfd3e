// Walks the words a rubric matches on (terms, synonyms, patterns) with their source positions, for lint rules.
import type { SourcePos } from '../../types.js';
import { pathKey, type NodePath, type Rubric } from '../types.js';

export interface TermOccurrence {
  requirementId: string;
  text: string;
  caseSensitive: boolean;
  pos: SourcePos;
}

export interface PatternOccurrence {
  requirementId: string;
  pattern: string;
  pos: SourcePos;
}

/** Option keys of requirement kinds that hold term lists (keywords: `any`, `all`). Exclusions are not searched terms. */
const TERM_LIST_KEYS = ['any', 'all'] as const;

export function positionOf(rubric: Rubric, path: NodePath, fallback: SourcePos): SourcePos {
  return rubric.positions[pathKey(path)] ?? fallback;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every term and synonym of every requirement (not exclusions: those are phrases that cancel a hit). */
export function requirementTerms(rubric: Rubric): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  for (const req of rubric.requirements) {
    for (const key of TERM_LIST_KEYS) {
      const list = req.options[key];
      if (!Array.isArray(list)) continue;
      list.forEach((item: unknown, i) => {
        const at = [...req.path, key, i];
        const here = positionOf(rubric, at, req.pos);
        if (typeof item === 'string') {
          out.push({ requirementId: req.id, text: item, caseSensitive: false, pos: here });
          return;
        }
        if (!isRecord(item) || typeof item.term !== 'string') return;
        const caseSensitive = item.case_sensitive === true;
        out.push({ requirementId: req.id, text: item.term, caseSensitive, pos: positionOf(rubric, [...at, 'term'], here) });
        const synonyms = Array.isArray(item.synonyms) ? item.synonyms : [];
        synonyms.forEach((s: unknown, j) => {
          if (typeof s !== 'string') return;
          out.push({ requirementId: req.id, text: s, caseSensitive, pos: positionOf(rubric, [...at, 'synonyms', j], here) });
        });
      });
    }
  }
  return out;
}

export function requirementPatterns(rubric: Rubric): PatternOccurrence[] {
  const out: PatternOccurrence[] = [];
  for (const req of rubric.requirements) {
    const p = req.options.pattern;
    if (typeof p === 'string') out.push({ requirementId: req.id, pattern: p, pos: positionOf(rubric, [...req.path, 'pattern'], req.pos) });
  }
  return out;
}

/** Largest number of years any résumé can plausibly show: a working life, not a lifetime. */
export const PLAUSIBLE_MAX_YEARS = 50;

/** Why a `years` requirement can never be met, or undefined when it can. */
export function unreachableYears(options: Record<string, unknown>): { reason: string; min: number; limit: number } | undefined {
  const min = typeof options.min === 'number' ? options.min : undefined;
  if (min === undefined) return undefined;
  if (min > PLAUSIBLE_MAX_YEARS) return { reason: 'plausible', min, limit: PLAUSIBLE_MAX_YEARS };
  const within = options.within_years;
  if (typeof within === 'number' && min > within) return { reason: 'within_years', min, limit: within };
  const max = options.max;
  if (typeof max === 'number' && min > max) return { reason: 'max', min, limit: max };
  return undefined;
}

/** Role category lists whose terms decide which jobs count (exclusions only remove jobs, so they are not criteria). */
const ROLE_TERM_KEYS = ['titles', 'evidence'] as const;

/** Every title and evidence term of every role category, with the category id in place of a requirement id. */
export function roleTerms(rubric: Rubric): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  for (const role of rubric.roles) {
    for (const key of ROLE_TERM_KEYS) {
      role[key].forEach((spec, i) => {
        const at = ['roles', role.id, key, i];
        const here = positionOf(rubric, at, positionOf(rubric, ['roles', role.id], { line: 1, col: 1 }));
        const caseSensitive = spec.caseSensitive === true;
        const isObject = rubric.positions[pathKey([...at, 'term'])] !== undefined;
        out.push({ requirementId: role.id, text: spec.term, caseSensitive, pos: isObject ? positionOf(rubric, [...at, 'term'], here) : here });
        (spec.synonyms ?? []).forEach((syn, j) => {
          out.push({ requirementId: role.id, text: syn, caseSensitive, pos: positionOf(rubric, [...at, 'synonyms', j], here) });
        });
      });
    }
  }
  return out;
}
