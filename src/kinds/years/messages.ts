// English for the outcome codes of `years`. Data: the category id, years, the rubric's min/max/margin.
import type { Template } from '../../report/wording.js';
import type { YearsCode } from './codes.js';

export const YEARS_MESSAGES: Record<YearsCode, Template> = {
  YEARS_MET: '{years} years of {category} (needs {min})',
  YEARS_NEAR_MIN: '{years} years of {category}: just under the {min} needed (within {margin})',
  YEARS_BELOW_MIN: '{years} years of {category} (needs {min})',
  YEARS_NONE: 'no dated {category} role found (needs {min} years)',
  YEARS_ABOVE_MAX: '{years} years of {category} (above the rubric maximum {max})',
  YEARS_TITLE_ONLY: '{years} years of {category}, but only {confirmedYears} backed by the jobs\' own text (the rest counts by title alone: TITLE_ONLY)',
  YEARS_INFERRED_END: '{years} years of {category}, but only {statedYears} without the ends inferred from a timeline of start dates (INFERRED_END): a person should check the dates',
};
