// `profile` never sends a résumé's control bytes to the terminal: not in `--format lines`, not inside coloured text
// (sanitised before colouring, so no `ESC[1m` of ours wraps an ESC of theirs). Fictional résumé.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers/corpus.js';
import { runCli } from './helpers/run.js';

vi.setConfig({ testTimeout: 120_000 });

const HOSTILE = 'Ada Quill\nada@example.org\n\nExperience\nEngineering Manager\u001b[2J\u0007, Northwind Labs\nJan 2019 – Mar 2024\nLed the ranking team.\n';

describe('profile output', () => {
  it('shows control bytes as � in --format lines and in coloured text, colour codes still there', async () => {
    const dir = tempDir('rs-profile-');
    const file = join(dir, 'cv.txt');
    writeFileSync(file, HOSTILE);
    const lines = await runCli(['profile', file, '--format', 'lines']);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toContain('Engineering Manager�[2J�');
    expect(lines.stdout).not.toMatch(/[\u0007\u001b]/);
    const text = await runCli(['profile', file, '--as-of', '2026-01-01'], { FORCE_COLOR: '1' });
    expect(text.stdout).toMatch(/\u001b\[\d+m/);
    expect(text.stdout).not.toContain('\u001b[2J');
    expect(text.stdout).not.toContain('\u0007');
  });
});
