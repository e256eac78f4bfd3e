// Read a rubric: size cap → YAML with positions → hostile-structure checks → schema → cross-checks → Rubric.
// Every problem is collected and thrown together, before any résumé is read (DESIGN.md §6.3).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { buildRubric } from './build.js';
import { crossCheck } from './crosscheck.js';
import { diagnosticsFromIssues } from './issues.js';
import { expandedNodeCount, flowDepthExceeds, MAX_EXPANDED_NODES, MAX_NESTING, MAX_REQUIREMENTS } from './limits.js';
import { indexNodes, showPath, type NodeIndex } from './positions.js';
import { RubricSchema } from './schema.js';
import { pathKey, RubricError, type Rubric, type RubricDiagnostic } from './types.js';

/** Rubrics are hand-written policy files; anything bigger is a mistake or an attack. */
export const MAX_RUBRIC_BYTES = 1_000_000;
/** yaml's own default: enough for real anchors, far too few for a billion-laughs expansion. */
export const MAX_ALIAS_COUNT = 100;

const at = (file: string, line: number, col: number, code: RubricDiagnostic['code'], message: string): RubricDiagnostic => ({
  file,
  line,
  col,
  code,
  message,
});

function tooLarge(file: string, bytes: number): RubricError {
  return new RubricError([at(file, 1, 1, 'TOO_LARGE', `rubric is ${bytes} bytes; the limit is ${MAX_RUBRIC_BYTES}`)]);
}

export function parseRubric(text: string, path: string): Rubric {
  return parseRubricBytes(Buffer.from(text, 'utf8'), path);
}

export async function loadRubric(path: string): Promise<Rubric> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new RubricError([at(path, 1, 1, 'NOT_FOUND', 'cannot read the rubric file')]);
  }
  if (size > MAX_RUBRIC_BYTES) throw tooLarge(path, size);
  return parseRubricBytes(await readFile(path), path);
}

function parseRubricBytes(bytes: Buffer, file: string): Rubric {
  // 1. Size before parsing anything.
  if (bytes.length > MAX_RUBRIC_BYTES) throw tooLarge(file, bytes.length);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8');
  if (flowDepthExceeds(text)) throw new RubricError([at(file, 1, 1, 'TOO_DEEP', `collections nest deeper than ${MAX_NESTING} levels`)]);
  // 2. YAML with positions; duplicate keys are errors.
  const lineCounter = new LineCounter();
  const doc = parseYaml(text, lineCounter, file);
  const syntax = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const code = e.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX';
    // yaml appends " at line L, column C:" and a code frame; the diagnostic carries the position itself.
    const message = (e.message.split('\n')[0] ?? e.code).replace(/ at line \d+, column \d+:?$/, '');
    return at(file, pos.line, pos.col, code, message);
  });
  if (syntax.length) throw new RubricError(syntax);
  // 3. Structures no rubric needs: prototype keys, alias expansion bombs.
  const index = indexNodes(doc, lineCounter);
  const hostile = index.forbidden.map((f) =>
    at(file, f.pos.line, f.pos.col, 'FORBIDDEN_KEY', `key "${f.key}" is not allowed (${showPath(f.path)})`),
  );
  const expanded = expandedNodeCount(doc);
  if (expanded > MAX_EXPANDED_NODES) {
    const pos = index.firstAlias ?? { line: 1, col: 1 };
    hostile.push(at(file, pos.line, pos.col, 'ALIAS_LIMIT', `aliases expand the rubric to ${expanded} nodes (limit ${MAX_EXPANDED_NODES})`));
  }
  if (hostile.length) throw new RubricError(hostile);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    const pos = index.firstAlias ?? { line: 1, col: 1 };
    hostile.push(at(file, pos.line, pos.col, 'ALIAS_LIMIT', `aliases expand beyond ${MAX_ALIAS_COUNT} nodes`));
  }
  if (hostile.length) throw new RubricError(hostile);
  // 4. Too many requirements: refused before any of them is validated (each pattern compiles its automaton; 4,000
  //    valid but expensive ones took seconds just to be refused for their number).
  const requirements = (raw as { requirements?: unknown } | null)?.requirements;
  if (Array.isArray(requirements) && requirements.length > MAX_REQUIREMENTS) {
    const pos = index.values[pathKey(['requirements'])] ?? { line: 1, col: 1 };
    throw new RubricError([at(file, pos.line, pos.col, 'BAD_VALUE', `requirements: ${requirements.length} items (limit ${MAX_REQUIREMENTS})`)]);
  }
  // 5. Schema, then checks across requirements; all problems at once.
  const parsed = RubricSchema.safeParse(raw);
  const problems = [...(parsed.success ? [] : diagnosticsFromIssues(parsed.error.issues, index, file)), ...crossCheck(raw, index, file)];
  if (problems.length || !parsed.success) throw new RubricSchemaError(sortByPosition(problems), { raw, index, sha256 });
  return buildRubric(parsed.data, index, file, sha256);
}

/** Schema or cross-check problems in a well-formed YAML document: lint keeps going on what it can still read. */
export class RubricSchemaError extends RubricError {
  readonly partial: { raw: unknown; index: NodeIndex; sha256: string };
  constructor(diagnostics: RubricDiagnostic[], partial: { raw: unknown; index: NodeIndex; sha256: string }) {
    super(diagnostics);
    this.partial = partial;
  }
}

/** yaml recurses per nesting level; if something still nests too deep for the stack, say so instead of crashing. */
function parseYaml(text: string, lineCounter: LineCounter, file: string): ReturnType<typeof parseDocument> {
  try {
    return parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  } catch (err) {
    if (err instanceof RangeError) throw new RubricError([at(file, 1, 1, 'TOO_DEEP', 'the rubric nests too deeply to parse')]);
    throw err;
  }
}

function sortByPosition(ds: RubricDiagnostic[]): RubricDiagnostic[] {
  return [...ds].sort((a, b) => a.line - b.line || a.col - b.col);
}
