// Lint rules that catch real defects; formatting is left to the author.
import tseslint from 'typescript-eslint';

/** Imports of one stage's folder, for the boundary rules below. */
const STAGE = {
  score: { regex: '(^|/)score/', message: 'src/score is the score stage: share requirement-kind code through src/kinds instead' },
  rubric: { regex: '(^|/)rubric/', message: 'src/rubric is the rubric stage: share requirement-kind code through src/kinds (types may be imported with `import type`)' },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'fixtures/**', 'coverage/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The rubric stage and the score stage meet in src/kinds (one folder per requirement kind, DESIGN.md §7):
    // neither stage imports the other, and the kinds import neither. Shared types (Rubric, Requirement) may be
    // imported as types: `import type` is erased, so it loads nothing and makes no cycle.
    files: ['src/rubric/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [STAGE.score] }] },
  },
  {
    files: ['src/score/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ ...STAGE.rubric, allowTypeImports: true }] }] },
  },
  {
    files: ['src/kinds/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [STAGE.score, { ...STAGE.rubric, allowTypeImports: true }] }],
    },
  },
  {
    // Only the CLI layer and the dev tools (test/tools) may write to the console (DESIGN.md §6.5).
    files: ['src/cli/**', 'test/tools/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
