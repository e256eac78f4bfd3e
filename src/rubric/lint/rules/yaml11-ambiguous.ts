// Plain scalars that YAML 1.1 tools (PyYAML, Ruby's Psych, older editors and validators) read differently from the
// YAML 1.2 this tool uses: `1:1` is the number 61 there, `yes`/`no`/`on`/`off` are booleans, `0777` is octal 511.
// A rubric must mean the same in every tool that reads it (the JSON Schema check in an editor included): quote them.
import { isScalar, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import type { LintRule } from '../types.js';

/** How a YAML 1.1 resolver reads a plain scalar, where that differs from YAML 1.2 (yaml's core schema). */
export const YAML11_READINGS: readonly { type: string; re: RegExp; read: (s: string) => unknown }[] = [
  // YAML 1.1 bool: y|Y|yes|Yes|YES|n|N|no|No|NO|true…|false…|on|On|ON|off|Off|OFF; true/false are the same in 1.2.
  { type: 'bool', re: /^(y|Y|yes|Yes|YES|on|On|ON)$/, read: () => true },
  { type: 'bool', re: /^(n|N|no|No|NO|off|Off|OFF)$/, read: () => false },
  // Base 60 ("sexagesimal"): 1:1 → 61, 1:30:00 → 5400; 1.2 reads a string.
  { type: 'int (base 60)', re: /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$/, read: sexagesimal },
  { type: 'float (base 60)', re: /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$/, read: sexagesimal },
  // Leading zero: octal in 1.1 (0777 → 511), decimal in 1.2 (777); 08 and 09 are not octal, so 1.1 tools disagree.
  { type: 'int (octal)', re: /^[-+]?0[0-7_]+$/, read: (s) => parseInt(s.replace(/_/g, ''), 8) },
  { type: 'leading-zero number', re: /^[-+]?0[0-9_]*[89][0-9_]*$/, read: (s) => s },
  // Binary and underscores are numbers in 1.1 only.
  { type: 'int (binary)', re: /^[-+]?0b[0-1_]+$/, read: (s) => parseInt(s.replace(/_|0b/g, ''), 2) * (s.startsWith('-') ? -1 : 1) },
  // The other way round: 1.2 reads 1e3 as 1000, 1.1's float needs a dot, so it reads a string.
  { type: 'string', re: /^[-+]?[0-9]+[eE][-+]?[0-9]+$/, read: (s) => s },
  { type: 'number with _', re: /^[-+]?[0-9][0-9_]*_[0-9_]*(\.[0-9_]*)?$/, read: (s) => Number(s.replace(/_/g, '')) },
];

function sexagesimal(s: string): number {
  const sign = s.startsWith('-') ? -1 : 1;
  const parts = s.replace(/^[-+]/, '').replace(/_/g, '').split(':');
  return sign * parts.reduce((n, p) => n * 60 + Number(p), 0);
}

/** The YAML 1.1 reading of a plain scalar's source text, when it differs from what YAML 1.2 makes of it. */
export function yaml11Reading(source: string): { type: string; yaml11: unknown } | undefined {
  const hit = YAML11_READINGS.find((r) => r.re.test(source));
  return hit ? { type: hit.type, yaml11: hit.read(source) } : undefined;
}

export const yaml11Ambiguous: LintRule = {
  code: 'yaml11-ambiguous',
  severity: 'warning',
  description: 'an unquoted value that YAML 1.1 tools read differently (1:1 → 61, yes/no/on/off → booleans, 0777 → 511)',
  // Works on the file's text (quoting is lost once parsed): see checkText.
  check: () => [],
  checkText(text) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const out: ReturnType<LintRule['check']> = [];
    visit(doc, {
      Scalar(_key, node: Scalar) {
        if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return;
        const source = text.slice(node.range[0], node.range[1]);
        const reading = yaml11Reading(source);
        if (!reading) return;
        out.push({ ...lineCounter.linePos(node.range[0]), data: { value: source, type: reading.type, yaml11: reading.yaml11 } });
      },
    });
    return out;
  },
};
