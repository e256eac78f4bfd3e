// One-line English templates for lint findings, keyed by code (for the integrator to fold into report/messages.ts).
import type { LintFinding } from './types.js';

type Data = Record<string, unknown>;
const s = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export const LINT_MESSAGES: Record<string, (d: Data) => string> = {
  'unreachable-min': (d) =>
    d.reason === 'plausible'
      ? `${s(d.requirement)}: min ${s(d.min)} years is more than any résumé can show (> ${s(d.limit)})`
      : `${s(d.requirement)}: min ${s(d.min)} years is above its ${s(d.reason)} of ${s(d.limit)}: nobody can meet it`,
  'duplicate-term': (d) => `"${s(d.term)}" in ${s(d.requirement)} is already a term of ${s(d.other)}`,
  'short-term': (d) =>
    d.what === 'pattern'
      ? `${s(d.requirement)}: pattern /${s(d.pattern)}/ has no word boundary (\\b): it matches inside longer words`
      : `${s(d.requirement)}: "${s(d.term)}" is too short to match case-insensitively; set case_sensitive: true or use a longer term`,
  'protected-characteristic': (d) =>
    `${s(d.requirement)}: ${s(d.where)} is about ${s(d.characteristic)}, a protected characteristic or its proxy`,
  'duplicate-requirement': (d) =>
    `${s(d.requirement)} checks exactly what ${s(d.other)} checks${d.must === true ? ' (a duplicated must-have)' : ''}: one fact counted twice`,
  'years-max': (d) => `${s(d.requirement)}: max ${s(d.max)} years caps experience, a proxy for age`,
  'unreachable-band': (d) =>
    `${s(d.band)} ${s(d.needed)} cannot be reached: the requirements that can be met score at most ${s(d.best)}`,
};

export function describeLint(f: Pick<LintFinding, 'code' | 'data'>): string {
  const template = LINT_MESSAGES[f.code];
  if (template) return template(f.data);
  // Schema diagnostics carry the loader's own message.
  return typeof f.data.message === 'string' ? f.data.message : f.code;
}
