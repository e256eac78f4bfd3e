// Zod issues → rubric diagnostics with a stable code and the YAML node's line:col.
import type { z } from 'zod';
import { exists, locate, showPath, type NodeIndex } from './positions.js';
import type { NodePath, RubricDiagnostic, RubricErrorCode } from './types.js';

type Issue = z.core.$ZodIssue;

function toPath(path: readonly PropertyKey[]): NodePath {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** A union's branch that failed on more than "wrong type here" is the one the author meant. */
function meantBranch(issue: Issue & { code: 'invalid_union' }): Issue[] | undefined {
  const deep = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  return deep.length === 1 ? deep[0] : undefined;
}

/** "string or object": what the union's branches wanted at this node. */
function expectedTypes(issue: Issue & { code: 'invalid_union' }): string {
  const types = issue.errors.flat().flatMap((i) => (i.code === 'invalid_type' && i.path.length === 0 ? [i.expected] : []));
  return types.length ? [...new Set(types)].join(' or ') : 'another type';
}

export function diagnosticsFromIssues(issues: readonly Issue[], index: NodeIndex, file: string, base: NodePath = []): RubricDiagnostic[] {
  const out: RubricDiagnostic[] = [];
  const add = (code: RubricErrorCode, path: NodePath, message: string, atKey = false): void => {
    const { line, col } = locate(index, path, atKey);
    out.push({ file, line, col, code, message });
  };
  for (const issue of issues) {
    const path = [...base, ...toPath(issue.path)];
    const where = showPath(path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) add('UNKNOWN_KEY', [...path, key], `unknown key "${key}" in ${where}`, true);
        break;
      case 'invalid_type':
        if (!exists(index, path)) add('MISSING_KEY', path, `${where} is required (${issue.expected})`);
        else add('WRONG_TYPE', path, `${where}: expected ${issue.expected}`);
        break;
      case 'invalid_union': {
        if ('discriminator' in issue && issue.discriminator) {
          if (!exists(index, path)) add('MISSING_KEY', path, `${where} is required`);
          else add('UNKNOWN_KIND', path, `${where}: ${issue.message}`);
          break;
        }
        const branch = meantBranch(issue);
        if (branch) out.push(...diagnosticsFromIssues(branch, index, file, path));
        else add('WRONG_TYPE', path, `${where}: expected ${expectedTypes(issue)}`);
        break;
      }
      case 'custom': {
        const code = (issue.params as { code?: RubricErrorCode } | undefined)?.code ?? 'BAD_VALUE';
        add(code, path, `${where}: ${issue.message}`);
        break;
      }
      case 'invalid_key':
        add('BAD_VALUE', path, `key ${where}: ${issue.issues[0]?.message ?? issue.message}`, true);
        break;
      default:
        add('BAD_VALUE', path, `${where}: ${issue.message}`);
    }
  }
  return out;
}
