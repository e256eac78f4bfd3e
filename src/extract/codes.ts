// Warning codes of the extraction stage (error codes are the shared ERROR_CODES in src/types.ts). Codes only:
// their English is in src/report/messages.ts (WARNING_MESSAGES), which a test checks covers every one of them.
export const EXTRACT_WARNING_CODES = [
  'EXTENSION_MISMATCH',
  'LOW_TEXT',
  'PAGE_CAP',
  'TEXT_CAP',
  'TEXT_ENCODING',
  'NUL_BYTES_DROPPED',
  'REPEATED_LINES_REMOVED',
  'COLUMNS_DETECTED',
  'OCR',
  'OCR_LOW_CONFIDENCE',
] as const;

export type ExtractWarningCode = (typeof EXTRACT_WARNING_CODES)[number];
