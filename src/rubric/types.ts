// The loaded, validated rubric: what the scorer and lint rules consume.
import type { Posting, RoleCategory, SourcePos } from '../types.js';

/** A path into the rubric document, e.g. ['requirements', 2, 'any', 0]. */
export type NodePath = readonly (string | number)[];

export interface Requirement {
  id: string;
  description?: string;
  must: boolean;
  /** Share of the score; must-haves and nice-to-haves alike (default 1). */
  weight: number;
  kind: string;
  /** The kind's own options, already validated by that kind's schema. */
  options: Record<string, unknown>;
  pos: SourcePos;
  /** Where this requirement sits in the document, for lint rules that look deeper. */
  path: NodePath;
}

export interface Bands {
  /** Score (0–100) needed for `pass` once every must-have is met (0 = must-haves decide). */
  passScore: number;
  /** Below this score the verdict is `fail` (0 = never on score alone). */
  reviewScore: number;
  /** Years below a `years` minimum that still count as a near miss (review, not fail). */
  margin: number;
}

export interface Rubric {
  id: string;
  title: string;
  version: string;
  description?: string;
  /** Path the rubric was read from (or the name given to parseRubric). */
  source: string;
  /** sha256 (hex) of the rubric's bytes. */
  sha256: string;
  roles: RoleCategory[];
  /** The job posting the rubric names (`posting:`), read at load; lint warns when it could not be read. */
  posting?: Posting;
  requirements: Requirement[];
  bands: Bands;
  /** Position of every node, keyed by `pathKey(path)`, for lint rules. */
  positions: Record<string, SourcePos>;
}

export interface RubricDiagnostic {
  file: string;
  line: number;
  col: number;
  code: RubricErrorCode;
  message: string;
}

export const RUBRIC_ERROR_CODES = [
  'YAML_SYNTAX',
  'DUPLICATE_KEY',
  'TOO_LARGE',
  'TOO_DEEP',
  'ALIAS_LIMIT',
  'FORBIDDEN_KEY',
  'UNKNOWN_KEY',
  'MISSING_KEY',
  'WRONG_TYPE',
  'BAD_VALUE',
  'UNKNOWN_KIND',
  'DUPLICATE_ID',
  'UNKNOWN_ROLE',
  'UNKNOWN_REQUIREMENT',
  'CYCLE',
  'BAD_PATTERN',
  'NOT_FOUND',
] as const;
export type RubricErrorCode = (typeof RUBRIC_ERROR_CODES)[number];

/** Every problem found in one rubric, all at once; the rubric is rejected before any résumé is read. */
export class RubricError extends Error {
  readonly diagnostics: RubricDiagnostic[];
  constructor(diagnostics: RubricDiagnostic[]) {
    const first = diagnostics[0];
    super(first ? `${first.file}:${first.line}:${first.col} ${first.code} ${first.message}` : 'invalid rubric');
    this.name = 'RubricError';
    this.diagnostics = diagnostics;
  }
}

export function pathKey(path: NodePath): string {
  return path.join('/');
}
