// Diagnostic and job-flag codes of the profile stage. Codes only: their English is in src/report/messages.ts
// (PROFILE_MESSAGES), which a test checks covers every one of them.
export const PROFILE_CODES = [
  'NO_DATES',
  'OPEN_RANGE',
  'DURATION_MISMATCH',
  'STALE_PRESENT',
  'REVERSED_RANGE',
  'FUTURE_START',
  'YEAR_PRECISION',
  'NO_EXPERIENCE_SECTION',
  'NO_JOBS',
  'OVERLAPPING_JOBS',
  'UNUSED_DATE_RANGE',
  'CAREER_BREAK',
  'INFERRED_END',
  'REPEATED_JOB',
] as const;

export type ProfileCode = (typeof PROFILE_CODES)[number];
