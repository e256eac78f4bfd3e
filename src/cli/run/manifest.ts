// `resume-screen manifest <inputs…> -o manifest.jsonl`: see src/run/shard/manifest.ts.
import { writeManifest } from '../../run/shard/manifest.js';
import { CliError } from '../fatal.js';
import { packageVersion } from '../version.js';
import { checkWritable } from './score-output.js';

export async function manifestCommand(inputs: string[], opts: { out: string; maxBytes: string; quiet?: boolean }): Promise<void> {
  checkWritable(opts.out);
  const started = Date.now();
  const progress = !opts.quiet && process.stderr.isTTY === true;
  let summary;
  try {
    summary = await writeManifest({ inputs, out: opts.out, maxBytes: Number(opts.maxBytes), tool: { name: 'resume-screen', version: packageVersion() } }, (done, total) => {
      if (progress) process.stderr.write(`\rhashed ${done}/${total}`);
    });
  } catch (err) {
    if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('E')) throw new CliError('OUT_WRITE_FAILED', `cannot write ${opts.out} (${err.code})`);
    throw err;
  } finally {
    if (progress) process.stderr.write('\r\x1b[K');
  }
  if (summary.files === 0) {
    process.exitCode = 2;
    process.stderr.write(`resume-screen: NO_INPUTS: no résumés matched the inputs (${summary.skipped} skipped); the manifest lists none\n`);
    return;
  }
  if (!opts.quiet) {
    const seconds = (Date.now() - started) / 1000;
    const reused = summary.reused ? ` · ${summary.reused} kept from ${opts.out}.partial` : '';
    process.stderr.write(`${summary.files} files (${summary.hashed} hashed${reused}) · ${summary.errors} unreadable · ${summary.skipped} skipped · ${seconds.toFixed(1)} s · manifest: ${opts.out}\n`);
  }
}
