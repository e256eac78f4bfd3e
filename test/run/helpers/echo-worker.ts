// Test-only worker speaking the runner's protocol without the pipeline: a file containing `score: N` scores N
// (pass ≥ 70, review ≥ 40, else fail); anything else is an EMPTY error. Honors the same test hooks as the real worker.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { testHookFor } from '../../../src/run/test-hooks.js';
import type { Evaluation } from '../../../src/types.js';
import type { WorkRequest } from '../../../src/run/types.js';

async function evaluate(request: WorkRequest): Promise<Evaluation> {
  const bytes = await readFile(request.abs);
  const sha256 = createHash('sha256').update(bytes).digest('hex'); // like the real child: the hash of what it read
  const text = bytes.toString('utf8');
  const match = /score:\s*(\d+)/.exec(text);
  if (!match) return { file: request.abs, status: 'error', outcomes: [], error: { code: 'EMPTY', message: 'empty' }, warnings: [], sha256 };
  const score = Number(match[1]);
  const verdict = score >= 70 ? 'pass' : score >= 40 ? 'review' : 'fail';
  const outcome = { requirementId: 'years', kind: 'years', must: true, weight: 1, met: score >= 40, near: false, value: score / 10, code: 'X', data: {}, evidence: [] };
  return { file: request.abs, status: 'scored', verdict, score, outcomes: [outcome], warnings: [], sha256 };
}

process.on('disconnect', () => process.exit(0));
// One file at a time, in the order sent, as the real worker does (the pool sends the next file ahead).
let chain = Promise.resolve();
process.on('message', (request: WorkRequest) => {
  chain = chain.then(async () => {
    testHookFor(request.abs)?.(request.abs);
    const evaluation = await evaluate(request);
    process.send?.({ type: 'result', id: request.id, evaluation });
  });
});
process.send?.({ type: 'ready' });
