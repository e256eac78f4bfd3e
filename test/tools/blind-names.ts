// How often blind mode finds the candidate's name: over every labelled fixture (fixtures/resumes and the layout zoo),
// is every labelled name part (3+ letters) among the parts blind mode hides? Printed beside what the ranking's
// contact reader (src/report/contact.ts) finds alone. `node --import tsx test/tools/blind-names.ts [--misses]`.
import { findIdentity } from '../../src/blind/identity.js';
import { fold } from '../../src/blind/fold.js';
import { isDocument, profileDocument, readDocument } from '../../src/cli/run/rubric-evaluate.js';
import { readContact } from '../../src/report/contact.js';
import { loadRubric } from '../../src/rubric/index.js';
import { fixtureIdentities } from './blind/identities.js';

async function main(): Promise<void> {
  const rubric = await loadRubric('rubrics/em-user-understanding.yaml');
  const misses = process.argv.includes('--misses');
  let files = 0;
  let blind = 0;
  let contact = 0;
  for (const id of fixtureIdentities()) {
    const doc = await readDocument(id.file);
    if (!isDocument(doc)) continue;
    const profile = profileDocument(doc, rubric, { year: 2026, month: 11 });
    const want = id.nameParts.map((p) => fold(p));
    // A name only in a page header the reader removes (or in no line at all) is not in the text to hide.
    const words = new Set(profile.lines.flatMap((l) => l.text.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => fold(w)));
    if (!want.some((p) => words.has(p))) continue;
    files++;
    const found = new Set(findIdentity(profile).parts);
    const byContact = new Set((readContact(profile).name?.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => fold(w)));
    if (want.every((p) => found.has(p))) blind++;
    else if (misses) process.stdout.write(`miss ${id.file}: wanted ${want.join(' ')}, found ${[...found].join(' ') || 'nothing'}\n`);
    if (want.every((p) => byContact.has(p))) contact++;
  }
  process.stdout.write(`names found: blind mode ${blind} of ${files} · contact reader alone ${contact} of ${files}\n`);
}

void main();
