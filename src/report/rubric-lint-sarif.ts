// `rubric lint -f sarif`: SARIF 2.1.0, the format GitHub code scanning (and most CI dashboards) read.
// One run, one rule per finding code (policy rules and schema codes alike), locations relative to the repository root.
import type { LintFinding, LintResult } from '../rubric/lint/index.js';
import { LINT_RULES } from '../rubric/lint/index.js';
import { describeLint } from './messages.js';

export interface SarifOptions {
  /** Tool version, from package.json. */
  version: string;
  /** Path of each file relative to the repository root, with `/` separators (the CLI computes it). */
  relativePath: (file: string) => string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Schema and loader codes are upper case (UNKNOWN_KEY); their one-line descriptions for the rules table. */
const SCHEMA_RULE_TEXT = 'the rubric file does not match its schema (see the message for the node and what it expected)';

/** A relative path as a URI reference: each segment percent-encoded ("my rubric.yaml" → "my%20rubric.yaml"). */
export function uriOf(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function ruleFor(code: string, severity: LintFinding['severity']): Record<string, unknown> {
  const rule = LINT_RULES[code];
  return {
    id: code,
    shortDescription: { text: rule?.description ?? SCHEMA_RULE_TEXT },
    defaultConfiguration: { level: rule?.severity ?? severity },
  };
}

export function formatLintSarif(results: readonly LintResult[], options: SarifOptions): string {
  const findings = results.flatMap((r) => r.findings);
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const rules = codes.map((c) => ruleFor(c, findings.find((f) => f.code === c)?.severity ?? 'error'));
  const sarifResults = findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: f.severity,
    message: { text: describeLint(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(options.relativePath(f.file)), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.col },
        },
      },
    ],
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'resume-screen', version: options.version, rules } },
        // Every file linted, so a viewer can list the clean ones too.
        artifacts: results.map((r) => ({ location: { uri: uriOf(options.relativePath(r.file)), uriBaseId: '%SRCROOT%' } })),
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
