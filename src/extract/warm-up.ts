// Process warm-up: the first PDF in a process pays for loading pdf.js's worker module (~100 ms idle, more under
// load). A batch child can call this once at start so the first résumé's time is not skewed by it.
import { extractPdf } from './pdf/index.js';

/** A one-page PDF with one word; pdf.js rebuilds its (absent) cross-reference table. */
const TINY_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n' +
  '4 0 obj<</Length 36>>stream\nBT /F1 12 Tf 20 100 Td (warm-up) Tj ET\nendstream endobj\n' +
  '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

export async function warmUpExtract(): Promise<void> {
  await extractPdf(new TextEncoder().encode(TINY_PDF), { maxPages: 1, maxPdfInflatedBytes: 1_000_000 }).catch(() => undefined);
}
