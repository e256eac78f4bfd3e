// The rubric stage: load and validate a YAML rubric (DESIGN.md §3).
export { loadRubric, parseRubric, MAX_RUBRIC_BYTES, MAX_ALIAS_COUNT } from './load.js';
export { RubricError, RUBRIC_ERROR_CODES, pathKey } from './types.js';
export type { Rubric, Requirement, Bands, RubricDiagnostic, RubricErrorCode, NodePath } from './types.js';
export { rubricJsonSchema } from './schema.js';
