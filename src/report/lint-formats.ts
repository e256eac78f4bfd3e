// The `rubric lint` output formats, in a module light enough for option parsing.
export const LINT_FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** `-o lint.sarif` without `-f`: the format its extension names. */
export function lintFormatForPath(path: string): LintFormat | undefined {
  if (/\.sarif(\.json)?$/i.test(path)) return 'sarif';
  if (/\.json$/i.test(path)) return 'json';
  return undefined;
}
