// Child-process entry (compiled to dist/run/worker.js): loads the stages once, then reads files the parent names,
// one at a time and in the order sent (the parent sends the next file ahead), and answers each with an
// Evaluation. Exits when the parent goes away.
import { noteDocumentRead } from '../extract/pdf/code-cache.js';
import type { Evaluation } from '../types.js';
import { evaluateRequest, useRubric, type RubricCache } from './evaluate.js';
import { guardAgainstOrphaning } from './orphan-guard.js';
import { loadStages, type LoadedRubric, type Stages } from './stages.js';
import { testDelayMs, testHookFor, testWaitFor } from './test-hooks.js';
import type { ChildMessage, ParentMessage, WorkRequest } from './types.js';

async function main(): Promise<void> {
  const stages: Stages = await loadStages();
  const cache: RubricCache = {};
  process.on('disconnect', () => process.exit(0));
  const queue: WorkRequest[] = [];
  let reading = false;
  const drain = async (): Promise<void> => {
    if (reading) return;
    reading = true;
    for (let request = queue.shift(); request; request = queue.shift()) await handle(request, stages, cache);
    reading = false;
  };
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'rubric') useRubric(cache, message.path, message.sha256, message.rubric as LoadedRubric);
    else {
      queue.push(message);
      void drain();
    }
  });
  toParent({ type: 'ready' });
  // After 'ready': the guard thread's start-up then overlaps the first file instead of delaying it.
  guardAgainstOrphaning();
}

/**
 * A message to the parent, if it is still there: a parent that finished (or found nothing to screen) before this
 * child was ready has closed the channel, and a failed send must end the child quietly, not with a stack trace.
 */
function toParent(message: ChildMessage): void {
  if (!process.connected) process.exit(0);
  process.send?.(message, undefined, {}, (err: Error | null) => {
    if (err) process.exit(0);
  });
}

async function handle(request: WorkRequest, stages: Stages, cache: RubricCache): Promise<void> {
  await testWaitFor();
  testHookFor(request.abs)?.(request.abs);
  const delay = testDelayMs();
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const onOcrPages = (pages: number): void => toParent({ type: 'ocr', id: request.id, pages, extendMs: pages * request.ocrPageTimeoutMs });
  const evaluation: Evaluation = await evaluateRequest(request, stages, cache, onOcrPages);
  toParent({ type: 'result', id: request.id, evaluation });
  // The bundled child's code cache (run/child-launch.ts) is saved after the first file, with what it compiled.
  noteDocumentRead('child');
}

void main();
