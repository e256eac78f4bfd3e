// The lint rule registry: one module per rule; adding a rule touches only this map and the rule's own file.
import type { LintRule } from '../types.js';
import { duplicateRequirement } from './duplicate-requirement.js';
import { duplicateTerm } from './duplicate-term.js';
import { postingUnreadable } from './posting-unreadable.js';
import { protectedCharacteristic } from './protected-characteristic.js';
import { shortTerm } from './short-term.js';
import { titleTrusted } from './title-trusted.js';
import { unreachableBand } from './unreachable-band.js';
import { unreachableEvidence } from './unreachable-evidence.js';
import { unreachableMin } from './unreachable-min.js';
import { yearsMax } from './years-max.js';
import { yaml11Ambiguous } from './yaml11-ambiguous.js';

export const LINT_RULES: Record<string, LintRule> = {
  'unreachable-min': unreachableMin,
  'duplicate-term': duplicateTerm,
  'short-term': shortTerm,
  'protected-characteristic': protectedCharacteristic,
  'years-max': yearsMax,
  'unreachable-band': unreachableBand,
  'duplicate-requirement': duplicateRequirement,
  'unreachable-evidence': unreachableEvidence,
  'title-trusted': titleTrusted,
  'posting-unreadable': postingUnreadable,
  'yaml11-ambiguous': yaml11Ambiguous,
};
