// Child-process entry (compiled to dist/run/worker.js): loads the stages once, then reads files the parent names,
// one at a time, and answers with an Evaluation. Exits when the parent goes away.
import type { Evaluation } from '../types.js';
import { evaluateRequest, loadRubricOnce, type RubricCache } from './evaluate.js';
import { guardAgainstOrphaning } from './orphan-guard.js';
import { loadStages, type Stages } from './stages.js';
import { testDelayMs, testHookFor } from './test-hooks.js';
import type { WorkRequest } from './types.js';

async function main(): Promise<void> {
  guardAgainstOrphaning();
  const stages: Stages = await loadStages();
  const cache: RubricCache = {};
  // The parent names the rubric (path + sha256) at fork time so it loads while the parent validates it; a failure
  // here is ignored: each request checks the rubric again and reports properly.
  const [rubricPath, rubricSha256] = process.argv.slice(2);
  if (rubricPath && rubricSha256) await loadRubricOnce(rubricPath, rubricSha256, stages, cache).catch(() => undefined);
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: WorkRequest) => {
    void handle(message, stages, cache);
  });
  process.send?.({ type: 'ready' });
}

async function handle(request: WorkRequest, stages: Stages, cache: RubricCache): Promise<void> {
  testHookFor(request.abs)?.();
  const delay = testDelayMs();
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const evaluation: Evaluation = await evaluateRequest(request, stages, cache);
  process.send?.({ type: 'result', id: request.id, evaluation });
}

void main();
