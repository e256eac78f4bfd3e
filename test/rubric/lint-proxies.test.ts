// Proxies of protected characteristics in four languages: each entry of src/rubric/lint/protected-proxies.ts with a
// case it must flag, and the ordinary requirement wording around it that it must not flag.
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/index.js';
import { lintRubric } from '../../src/rubric/lint/index.js';

function rubricWith(term: string, description = 'A requirement'): string {
  return [
    'id: t', 'title: T', 'version: "1"', 'roles:', '  ml:', '    titles: [ml engineer]', 'requirements:',
    '  - id: r', '    kind: keywords', `    description: ${JSON.stringify(description)}`, `    any: [${JSON.stringify(term)}]`, '',
  ].join('\n');
}

function protectedFindings(term: string, description?: string): { characteristic: unknown; where: unknown }[] {
  const rubric = parseRubric(rubricWith(term, description), 'inline.yaml');
  return lintRubric(rubric)
    .filter((f) => f.code === 'protected-characteristic')
    .map((f) => ({ characteristic: f.data.characteristic, where: f.data.where }));
}

// [wording, characteristic it stands for]
const FLAGGED: [string, string][] = [
  // The five that passed lint in issue 18.
  ['native English speaker', 'native language'],
  ['recent graduate', 'age'],
  ['born in 199x', 'age'],
  ['married', 'marital or family status'],
  ['he/him', 'pronouns'],
  // English proxies.
  ['native-level fluency', 'native language'],
  ['English as a first language', 'native language'],
  ['mother tongue German', 'native language'],
  ['new grads', 'age'],
  ['recently graduated', 'age'],
  ['Gen Z', 'age'],
  ['graduated 2019 or later', 'birth or graduation year'],
  ['graduating in 2021', 'birth or graduation year'],
  ['2020 graduates', 'birth or graduation year'],
  ['digital native', 'age'],
  ['divorced', 'marital or family status'],
  ['no children', 'marital or family status'],
  ['she/hers', 'gender'],
  ['with a picture', 'photo'],
  ['US citizen', 'nationality'],
  ['passport holder', 'nationality'],
  ['no more than 5 years of experience', 'age (experience cap)'],
  ['less than 10 years of professional experience', 'age (experience cap)'],
  // French.
  ['anglais langue maternelle', 'native language'],
  ['locuteur natif', 'native language'],
  ['jeune diplômé', 'age'],
  ['née en 1995', 'birth or graduation year'],
  ['diplômé après 2018', 'birth or graduation year'],
  ['situation familiale', 'marital or family status'],
  ['célibataire', 'marital or family status'],
  ['il/lui', 'gender'],
  ['CV avec photo', 'photo'],
  ['nationalité française', 'nationality'],
  ["pas plus de 8 ans d'expérience", 'age (experience cap)'],
  ['handicapé', 'disability'],
  // German.
  ['Deutsch als Muttersprache', 'native language'],
  ['muttersprachliches Englisch', 'native language'],
  ['junges Team', 'age'],
  ['frischer Hochschulabsolvent', 'age'],
  ['Jahrgang 1998', 'birth or graduation year'],
  ['verheiratet', 'marital or family status'],
  ['Familienstand', 'marital or family status'],
  ['Geschlecht', 'gender'],
  ['Bewerbungsfoto', 'photo'],
  ['deutsche Staatsangehörigkeit', 'nationality'],
  ['höchstens 5 Jahre Berufserfahrung', 'age (experience cap)'],
  ['Konfession', 'religion'],
  // Spanish.
  ['inglés nativo', 'native language'],
  ['hablante nativo', 'native language'],
  ['lengua materna', 'native language'],
  ['recién graduado', 'age'],
  ['menores de 30 años de edad', 'age'],
  ['fecha de nacimiento', 'birth or graduation year'],
  ['estado civil', 'marital or family status'],
  ['sin hijos', 'marital or family status'],
  ['sexo', 'gender'],
  ['foto reciente', 'photo'],
  ['nacionalidad española', 'nationality'],
  ['no más de 10 años de experiencia', 'age (experience cap)'],
  ['discapacidad', 'disability'],
];

// Lawful wording next to the proxies: a language level, a degree, a floor on experience, the right to work, tech words.
const NOT_FLAGGED: string[] = [
  'English (C1)', 'fluent English', 'business-fluent English', 'graduate degree in CS', 'graduated in computer science',
  'postgraduate research', 'graduate studies', 'React Native', 'cloud-native', 'native iOS apps', 'native mobile development',
  'at least 5 years of experience', '5+ years of experience', 'authorized to work in the US', 'right to work in the UK',
  'work permit', 'visa sponsorship', 'race conditions', 'Mann-Whitney U test', 'ALTER TABLE', 'single source of truth',
  'photography', 'people management', 'usage analytics', 'storage engineering',
  // French, German, Spanish.
  'anglais courant (C1)', 'diplôme d’ingénieur', "au moins 5 ans d'expérience", 'application native', 'Gestion de projet',
  'verhandlungssicheres Englisch', 'Hochschulabschluss in Informatik', 'mindestens 5 Jahre Berufserfahrung',
  'Arbeitserlaubnis', 'Datenherkunft', 'inglés fluido (C1)', 'al menos 5 años de experiencia', 'permiso de trabajo',
  'título universitario en informática', 'aprendizaje automático',
];

describe('protected-characteristic: proxies', () => {
  it.each(FLAGGED)('flags %s as %s', (wording, characteristic) => {
    expect(protectedFindings(wording)).toEqual([{ characteristic, where: 'term' }]);
  });

  it.each(NOT_FLAGGED)('does not flag %s', (wording) => {
    expect(protectedFindings(wording)).toEqual([]);
  });

  it('reads a description and a kebab-case id, not only terms', () => {
    expect(protectedFindings('python', 'Native English speaker preferred')).toEqual([
      { characteristic: 'native language', where: 'description' },
    ]);
    const yaml = rubricWith('python').replace('id: r', 'id: recent-graduate');
    const findings = lintRubric(parseRubric(yaml, 'inline.yaml')).filter((f) => f.code === 'protected-characteristic');
    expect(findings.map((f) => [f.data.where, f.data.matched])).toEqual([['id', 'recent graduate']]);
  });
});

describe('rubric lint on the issue 18 rubric', () => {
  it('fails the five proxies (exit 1) and leaves the lawful requirements alone', async () => {
    const { runCli } = await import('../cli/helpers/run.js');
    const result = await runCli(['rubric', 'lint', 'fixtures/rubrics/lint/protected-proxies.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    const [file] = (JSON.parse(result.stdout) as { results: { findings: { code: string; requirementId?: string }[] }[] }).results;
    const flagged = (file?.findings ?? []).filter((f) => f.code === 'protected-characteristic').map((f) => f.requirementId);
    expect(flagged).toEqual(['english', 'graduate', 'birth', 'family', 'address-as']);
  }, 30_000);
});
