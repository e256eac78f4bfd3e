// Lint rules that catch real defects; formatting is left to the author.
import tseslint from 'typescript-eslint';

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
    // Only the CLI layer and scripts may write to the console (DESIGN.md §6.5).
    files: ['src/cli/**', 'scripts/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
