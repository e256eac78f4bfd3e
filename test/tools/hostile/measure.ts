// Peak resident memory of a whole process tree, sampled from /proc (Linux): the budget the issue sets is for the
// tree (CLI parent plus its pool of children), which no single process's own figures show.
import { readFileSync, readdirSync } from 'node:fs';

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  const found: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').trim();
      if (text) found.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between two reads.
  }
  return found;
}

export function treeRss(pid: number): number {
  let total = rssBytes(pid);
  for (const child of children(pid)) total += treeRss(child);
  return total;
}

/** Samples the tree under `pid` every `everyMs` until stopped; returns the peak in bytes. */
export function sampleTreePeak(pid: number, everyMs = 50): { stop(): number } {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRss(pid));
    },
  };
}
