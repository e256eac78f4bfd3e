// Resident memory of a process, read from /proc (Linux). Worker threads cannot cap ArrayBuffers and a V8 fatal error
// takes the whole process down (DESIGN.md §5), so the parent watches each child from outside.
import { readFileSync } from 'node:fs';

/** VmRSS of `pid` in bytes, or undefined where /proc is not available or the process is gone. */
export function residentBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Direct children of `pid` (Linux), used by the benchmark to sum a process tree. */
export function childPids(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'latin1').trim();
    return text ? text.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

/** RSS of a process and all its descendants, bytes. */
export function treeResidentBytes(pid: number): number {
  let total = residentBytes(pid) ?? 0;
  for (const child of childPids(pid)) total += treeResidentBytes(child);
  return total;
}

/** V8's fatal heap message, as printed on the child's stderr when --max-old-space-size is reached. */
export const HEAP_LIMIT_PATTERN = /heap out of memory|Reached heap limit|Allocation failed/i;
