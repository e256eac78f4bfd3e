// English for the outcome codes of `pattern`. Data: counts of matching lines, never the lines.
import type { Template } from '../../report/wording.js';
import type { PatternCode } from './codes.js';

export const PATTERN_MESSAGES: Record<PatternCode, Template> = {
  PATTERN_FOUND: 'pattern found on {count} line(s)',
  PATTERN_WEAK_ONLY: 'pattern found only in weak places (e.g. skills list)',
  PATTERN_TOO_FEW: 'pattern found on {count} line(s), fewer than the {minCount} needed',
  PATTERN_NOT_FOUND: 'pattern not found',
};
