// Child-process entry (compiled to dist/run/worker.js): loads the stages once, then reads files the parent names,
// one at a time, and answers with an Evaluation. Exits when the parent goes away.
import type { Evaluation } from '../types.js';
import { evaluateRequest } from './evaluate.js';
import { loadStages, type Stages } from './stages.js';
import { testDelayMs, testHookFor } from './test-hooks.js';
import type { WorkRequest } from './types.js';

async function main(): Promise<void> {
  const stages: Stages = await loadStages();
  const cache = {};
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: WorkRequest) => {
    void handle(message, stages, cache);
  });
  process.send?.({ type: 'ready' });
}

async function handle(request: WorkRequest, stages: Stages, cache: object): Promise<void> {
  testHookFor(request.abs)?.();
  const delay = testDelayMs();
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const evaluation: Evaluation = await evaluateRequest(request, stages, cache);
  process.send?.({ type: 'result', id: request.id, evaluation });
}

void main();
