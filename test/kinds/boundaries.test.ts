// The rubric stage and the score stage share requirement kinds through src/kinds and never import each other
// (eslint.config.js, `no-restricted-imports`); this checks the rule fires where it must and the tree obeys it.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const RULE = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).length;
}

describe('stage boundaries', () => {
  it.each([
    ['rubric → score', 'src/rubric/x.ts', "import { scoreProfile } from '../score/index.js';", 1],
    ['rubric → score, types too', 'src/rubric/lint/rules/x.ts', "import type { ScoredProfile } from '../../../score/index.js';", 1],
    ['score → rubric loader', 'src/score/x.ts', "import { loadRubric } from '../rubric/index.js';", 1],
    ['score → rubric types', 'src/score/x.ts', "import type { Rubric } from '../rubric/types.js';", 0],
    ['kind → score', 'src/kinds/years/x.ts', "import { checkIntegrity } from '../../score/integrity.js';", 1],
    ['kind → rubric schema', 'src/kinds/x.ts', "import { RubricSchema } from '../rubric/schema.js';", 1],
    ['kind → rubric types', 'src/kinds/x.ts', "import type { Requirement } from '../rubric/types.js';", 0],
    ['rubric → kinds', 'src/rubric/x.ts', "import { kindOf } from '../kinds/registry.js';", 0],
    ['score → kinds', 'src/score/x.ts', "import { kindOf } from '../kinds/registry.js';", 0],
    ['elsewhere, anything', 'src/cli/x.ts', "import { scoreProfile } from '../score/index.js';\nimport { loadRubric } from '../rubric/index.js';", 0],
  ])('%s', async (_name, file, source, expected) => {
    expect(await restricted(file, source)).toBe(expected);
  });

  it('holds in src/rubric, src/score and src/kinds as they are', async () => {
    const results = await eslint.lintFiles(['src/rubric', 'src/score', 'src/kinds']);
    expect(results.length).toBeGreaterThan(20);
    const broken = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(broken).toEqual([]);
  });
});
