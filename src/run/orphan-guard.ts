// A child stuck in synchronous code (a hostile file that loops inside a parser) never sees the IPC 'disconnect'
// when the parent is killed, and would burn a core forever. A tiny thread outside the stuck event loop watches the
// parent pid and takes the whole process down when the parent is gone.
import { Worker } from 'node:worker_threads';

const CHECK_MS = 500;

// Runs in the thread (CommonJS eval): the parent pid it was started with, polled against process.ppid.
const GUARD = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.ppid !== workerData.parent) process.kill(process.pid, 'SIGKILL');
}, workerData.everyMs);
`;

export function guardAgainstOrphaning(): void {
  const worker = new Worker(GUARD, { eval: true, workerData: { parent: process.ppid, everyMs: CHECK_MS }, resourceLimits: { maxOldGenerationSizeMb: 8 } });
  worker.unref(); // never keeps the child alive on its own
}
