// Where a report goes: stdout, or a file written atomically (temp file in the same folder, then rename), so a
// reader never sees half a report and a failed run never leaves one.
import { accessSync, constants, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../fatal.js';

/** Fail before reading any résumé if the report could not be written at the end. */
export function checkWritable(out: string): void {
  try {
    accessSync(dirname(resolve(out)), constants.W_OK);
  } catch {
    throw new CliError('OUT_WRITE_FAILED', `cannot write to the folder of ${out}`);
  }
}

export function writeAtomic(out: string, text: string): void {
  const target = resolve(out);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, target);
  } catch {
    rmSync(temp, { force: true });
    throw new CliError('OUT_WRITE_FAILED', `cannot write ${out}`);
  }
}
