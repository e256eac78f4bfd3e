// Diagnostic codes this stage emits, with one-line English templates for src/report/messages.ts
// ({name} placeholders refer to keys of the diagnostic's data). Error codes are the shared ERROR_CODES.

export const EXTRACT_WARNING_MESSAGES = {
  EXTENSION_MISMATCH: 'the file is named .{extension} but is really {detected}; read it as {detected}',
  LOW_TEXT: 'very little text was found ({chars} characters over {pages} pages; unreadable pages: {failedPages}); the file may be damaged or partly scanned',
  PAGE_CAP: 'only the first {read} of {pages} pages were read (page limit)',
  TEXT_CAP: 'the text was cut at {limit} characters (text limit)',
  TEXT_ENCODING: 'the text file is not UTF-8; read it as {assumed}',
  REPEATED_LINES_REMOVED: '{count} repeated page header/footer or page-number lines were removed',
  COLUMNS_DETECTED: 'a multi-column layout was found on page(s) {pages}; columns were read one after another',
} as const;

export type ExtractWarningCode = keyof typeof EXTRACT_WARNING_MESSAGES;

/** Wording for the error codes as this stage raises them (data keys in braces). */
export const EXTRACT_ERROR_MESSAGES = {
  ENCRYPTED: 'the PDF is password-protected',
  NO_TEXT_LAYER: 'the PDF has {pages} page(s) but no text layer (scanned or image-only); OCR is needed',
  CORRUPT: 'the {kind} file is damaged or not a valid {kind} ({reason})',
  EMPTY: 'the file has no text',
  UNSUPPORTED_TYPE: 'unsupported file type ({detected}); use PDF, DOCX, TXT or MD',
  TOO_LARGE: 'the file is too large ({what}: over {limit})',
} as const;
