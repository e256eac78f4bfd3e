// Diagnostic and job-flag codes of the profile stage, each with its one-line English template ({name} = data field).
// The integrator folds these into src/report/messages.ts; the profile stage itself only emits codes and data.
export const PROFILE_MESSAGES = {
  NO_DATES: 'job {job} has no dates; it is kept and counts 0 months',
  OPEN_RANGE: 'job {job} has a range with no end; read as running to the as-of date',
  DURATION_MISMATCH: 'job {job}: the stated duration ({statedMonths} months) differs from the dates ({months} months)',
  STALE_PRESENT: 'the résumé is dated {documentDate}, {monthsOld} months before the as-of date {asOf}: its "Present" may be out of date',
  REVERSED_RANGE: 'job {job}: its range ends before it starts; read with the two dates swapped',
  FUTURE_START: 'job {job} starts after the as-of date ({start}); it counts 0 months',
  YEAR_PRECISION: '{count} job(s) dated by year only; months counted by the year-only rule (mid-year start and end)',
  NO_EXPERIENCE_SECTION: 'no experience section heading found; jobs were looked for in the whole document',
  NO_JOBS: 'no jobs found',
  OVERLAPPING_JOBS: '{count} overlapping job(s); overlapping months are counted once',
} as const;

export type ProfileCode = keyof typeof PROFILE_MESSAGES;
