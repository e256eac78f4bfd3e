// Child side of the rubric hostility tests: load one rubric with src/rubric and print what happened as one line,
// so a parent can kill a load that hangs or eats memory (the CLI loads rubrics in its own process, unguarded).
import { loadRubric, RubricError } from '../../../src/rubric/index.js';

const started = Date.now();
let result: Record<string, unknown>;
try {
  const rubric = await loadRubric(process.argv[2] ?? '');
  result = { ok: true, requirements: rubric.requirements.length, roles: rubric.roles.length };
} catch (err) {
  result = err instanceof RubricError
    ? { ok: false, codes: err.diagnostics.map((d) => d.code) }
    : { ok: false, threw: err instanceof Error ? err.name : typeof err };
}
const polluted = ({} as Record<string, unknown>).polluted !== undefined;
process.stdout.write(`@@RUBRIC@@${JSON.stringify({ ...result, ms: Date.now() - started, polluted })}\n`);
