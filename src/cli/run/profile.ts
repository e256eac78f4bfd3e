// `resume-screen profile <file>`: what was read from one résumé.
import { extractFile, DEFAULT_EXTRACT_OPTIONS } from '../../extract/index.js';

export async function profileCommand(file: string, opts: Record<string, unknown>): Promise<void> {
  const maxBytes = Number(opts.maxBytes ?? DEFAULT_EXTRACT_OPTIONS.maxBytes);
  const doc = await extractFile(file, { ...DEFAULT_EXTRACT_OPTIONS, maxBytes });
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return;
  }
  process.stdout.write(doc.lines.map((l) => l.text).join('\n') + '\n');
}
