// Section headings by wording (8 languages) and by shape, and the lines that must not be read as headings.
import { describe, expect, it } from 'vitest';
import { classifyHeading, detectSections } from '../../src/profile/sections.js';
import type { SectionKind } from '../../src/types.js';
import { docOf } from './helpers.js';

const HEADINGS: [string, SectionKind][] = [
  ['Experience', 'experience'], ['WORK EXPERIENCE', 'experience'], ['Work Experience:', 'experience'],
  ['Professional Experience', 'experience'], ['Employment History', 'experience'], ['EXPERIENCE / ERFARENHET', 'experience'],
  ['## Experience', 'experience'], ['E X P E R I E N C E', 'experience'], ['Expérience professionnelle', 'experience'],
  ['Berufserfahrung', 'experience'], ['Experiencia laboral', 'experience'], ['Arbetslivserfarenhet', 'experience'],
  ['Esperienza lavorativa', 'experience'], ['Experiência profissional', 'experience'], ['Опыт работы', 'experience'],
  ['Military Service', 'experience'], ['INTERNSHIP', 'experience'],
  // a fresher's résumé: trainings, workshops and visits are not employment
  ['IN-PLANT TRAINING', 'certifications'], ['WORKSHOPS ATTENDED', 'certifications'], ['ONLINE COURSES COMPLETED', 'certifications'],
  ['Industrial Visits', 'certifications'], ['PROJECTS DONE', 'projects'], ['Academic Projects', 'projects'],
  ['Education', 'education'], ['Formation', 'education'], ['Ausbildung', 'education'], ['Formación académica', 'education'],
  ['Utbildning', 'education'], ['Istruzione', 'education'], ['Formação', 'education'], ['Образование', 'education'],
  ['Skills', 'skills'], ['Technical Skills', 'skills'], ['Compétences', 'skills'], ['Kenntnisse', 'skills'],
  ['Habilidades', 'skills'], ['Kompetenser', 'skills'], ['Competenze', 'skills'], ['Competências', 'skills'], ['Навыки', 'skills'],
  ['Top Skills', 'skills'], ['Top-Kenntnisse', 'skills'], ['Principales compétences', 'skills'], ['Aptitudes principales', 'skills'],
  ['Competenze principali', 'skills'], ['Principais competências', 'skills'],
  ['Summary', 'summary'], ['Profil', 'summary'], ['О себе', 'summary'], ['Sammanfattning', 'summary'],
  ['Projects', 'projects'], ['Projets', 'projects'], ['Проекты', 'projects'],
  ['Publications', 'publications'], ['Veröffentlichungen', 'publications'], ['Publicaciones', 'publications'],
  ['Certifications', 'certifications'], ['Licenses & Certifications', 'certifications'], ['Zertifikate', 'certifications'],
  ['Awards', 'awards'], ['Honors & Awards', 'awards'], ['Auszeichnungen', 'awards'], ['Награды', 'awards'],
  ['Volunteering', 'volunteering'], ['Volunteer Experience', 'volunteering'], ['Bénévolat', 'volunteering'], ['Voluntariado', 'volunteering'],
  ['Languages', 'languages'], ['Langues', 'languages'], ['Sprachen', 'languages'], ['Idiomas', 'languages'], ['Språk', 'languages'], ['Языки', 'languages'],
  ['Contact', 'contact'], ['Kontakt', 'contact'],
  ['Interests', 'other'], ['REFERENCES', 'other'],
  ['Extracurricular', 'volunteering'], ['EXTRACURRICULAR ACTIVITIES', 'volunteering'], ['Involvement', 'volunteering'],
  ['On-campus involvement', 'volunteering'], ['Leadership', 'volunteering'], ['LEADERSHIP & ACTIVITIES', 'volunteering'],
  ['Research', 'experience'], ['Research Experience', 'experience'], ['Previous roles', 'experience'], ['PREVIOUS ROLES', 'experience'],
  ['Career', 'experience'], ['Appointments', 'experience'], ['Academic Appointments', 'experience'], ['Current role', 'experience'],
  ['Teaching', 'experience'], ['💼 WORK HISTORY', 'experience'], ['\uF0B1 Experience', 'experience'], ['E D U C AT I O N', 'education'],
  ['W O R K   H I S T O R Y', 'experience'], ['TA L K S', 'publications'], ['Talks', 'publications'], ['Events', 'publications'],
  ['Honors-Awards', 'awards'], ['Top Skills', 'skills'], ['Voluntary work', 'volunteering'], ['Education and qualifications', 'education'],
  // An icon glyph read as a letter before the heading word.
  ['R Jobs', 'experience'], ['Jobs', 'experience'], ['x Education', 'education'],
  // every part a heading phrase, or no job title beside the heading word: still headings
  ['Awards & Publications', 'publications'], ['Volunteer & Community', 'volunteering'], ['Skills / Tools', 'skills'],
];

const NOT_HEADINGS: string[] = [
  'Led the 2018 migration of 1,500 servers.',
  'Senior Machine Learning Engineer — Northwind — Jan 2018 – Present',
  'Built the ranking model for the home feed and the experience of 40 million shoppers.',
  '• Experience',
  'Jan 2018 – Present',
  'Engineering Manager, Personalization',
  'GPA 3.8/4.0',
  'Trey Research',
  'Volunteer Tutor, Riverside Reading Project',
  'Northwind Leadership',
  // Traps: a letter before a word that is no heading, and an initial before a name.
  'R Studio',
  'J Tolkien',
  // a heading word after a job title is the title's area ("Recommendations" is also LinkedIn's section)
  'Engineering Manager, Recommendations', 'Research Scientist, Publications', 'Head of Engineering / Projects',
];

describe('heading lexicon', () => {
  it.each(HEADINGS)('%s → %s', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });
  it.each(NOT_HEADINGS)('not a heading: %s', (text) => {
    expect(classifyHeading(text)).toBeUndefined();
  });
});

describe('detectSections', () => {
  it('splits a document and keeps the untitled top as contact', () => {
    const doc = docOf(['Ingrid Ødegård', 'ingrid@example.com', 'Experience', 'ML Engineer — Acme — 2018 – 2020', 'Education', 'MSc — 2010 – 2012']);
    expect(detectSections(doc.lines).map((s) => [s.kind, s.start, s.end])).toEqual([
      ['contact', 0, 2], ['experience', 2, 4], ['education', 4, 6],
    ]);
  });
  it('does not treat a name in capitals at the top as a section', () => {
    const doc = docOf(['INGRID ØDEGÅRD', 'Oslo', 'EXPERIENCE', 'ML Engineer — Acme — 2018 – 2020']);
    expect(detectSections(doc.lines)[0]).toMatchObject({ kind: 'contact', start: 0, end: 2 });
  });
  it('does not end an experience section at a company name in capitals or a weak heading', () => {
    const doc = docOf(['Experience', 'NORTHWIND RETAIL', 'ML Engineer   2018 – 2020', 'Key Achievements', 'Shipped things.', 'Skills', 'Python']);
    expect(detectSections(doc.lines).map((s) => s.kind)).toEqual(['experience', 'skills']);
  });
  it('does not end an experience section at "Volunteer" inside an entry', () => {
    const doc = docOf(['Experience', 'Volunteer Tutor, Riverside Reading Project   2019 – 2020', 'Volunteer', 'Weekly sessions.', 'Education', 'BSc']);
    expect(detectSections(doc.lines).map((s) => s.kind)).toEqual(['experience', 'education']);
  });
  it('ends a volunteering section at "Education and qualifications" (every part a heading)', () => {
    const doc = docOf(['Volunteering', '2016 – present\tEvent Medic (volunteer), Hampshire Trail Runners', 'Education and qualifications', 'MBBS, 2007 – 2012']);
    expect(detectSections(doc.lines).map((s) => s.kind)).toEqual(['volunteering', 'education']);
  });
  it('maps labels in a side column to the sections beside them, keeping the content on the label line', () => {
    const doc = docOf(['Ines Example', 'Experience\tSenior Developer, Pebble Commerce, Lisbon', '2020–Current', 'Education\tBSc Computer Science', 'Talks\t“Fluid type”, FrontFest, October 2023']);
    expect(detectSections(doc.lines).map((s) => [s.kind, s.start, s.heading])).toEqual([
      ['contact', 0, undefined], ['experience', 1, undefined], ['education', 3, undefined], ['publications', 4, undefined],
    ]);
  });
  it('does not take a title word in a first cell for a label', () => {
    const doc = docOf(['Experience', 'Volunteer\tRiverside Reading Project\t2019 – 2020', 'Weekly sessions.']);
    expect(detectSections(doc.lines).map((s) => s.kind)).toEqual(['experience']);
  });
});

describe('an entry\'s own list label inside an experience section', () => {
  const kinds = (lines: string[]): SectionKind[] => detectSections(docOf(lines).lines).map((s) => s.kind);
  // "Highlights" (JSON Resume themes, any case) or a label alone before its colon heads one job's list.
  it.each([
    ['Highlights'], ['HIGHLIGHTS'], ['Highlights:'], ['Key highlights'], ['Achievements:'], ['Key achievements:'], ['Responsibilities:'],
  ])('%s under a job does not end the section', (label) => {
    expect(kinds(['Experience', 'Fitter at Ormsby Cranes', 'March 2020 – Present', label, 'Cut set-up time by a third.',
      'Welder at Tarrant Yard', 'May 2016 – March 2020', 'Education', 'BSc'])).toEqual(['experience', 'education']);
  });
  // Traps: the same words where they do head sections: before any experience section, in capitals with a colon, or
  // as a summary heading without a colon after the jobs.
  it.each([
    [['Highlights', 'Ten years in cranes.', 'Experience', 'Fitter, Ormsby Cranes   2020 – 2024'], ['summary', 'experience']],
    [['Experience', 'Fitter, Ormsby Cranes   2020 – 2024', 'ACHIEVEMENTS:', 'Crane safety prize 2021'], ['experience', 'awards']],
    [['Experience', 'Fitter, Ormsby Cranes   2020 – 2024', 'Achievements', 'Crane safety prize 2021'], ['experience', 'awards']],
    [['Experience', 'Fitter, Ormsby Cranes   2020 – 2024', 'Education:', 'BSc, 2014 – 2017'], ['experience', 'education']],
  ])('still a section: %j', (lines, want) => {
    expect(kinds(lines)).toEqual(want);
  });
});

describe('a total written beside a heading', () => {
  it.each([
    ['Опыт работы 3 месяца', 'experience'], ['Experience — 7 years', 'experience'], ['Berufserfahrung (5 Jahre)', 'experience'],
    ['Experience (3 years 2 months)', 'experience'], ['Work Experience 10+ years', 'experience'],
  ])('%s → %s', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });
  // Traps: a total alone, a year, a title with its years.
  it.each(['3 years', '(5 Jahre)', 'Education 2019', 'Engineering Manager 5 years'])('%s is no heading', (text) => {
    expect(classifyHeading(text)).toBeUndefined();
  });
});

describe('headings that are not what their last word says', () => {
  const kinds = (lines: string[]): SectionKind[] => detectSections(docOf(lines).lines).map((s) => s.kind);
  it.each([
    ['EXPERIENCE & PROJECTS', 'experience'], ['Work and Volunteering', 'experience'], ['Projects & Experience', 'experience'],
    // traps: no part for jobs, or a part that is no heading phrase
    ['Awards & Publications', 'publications'], ['Skills / Tools', 'skills'], ['Selected Client Projects', 'projects'],
    ['Leadership & Projects', 'volunteering'],
    // trap: honours with a year each beside leadership stay honours (each award was read as a volunteer role)
    ['AWARDS & LEADERSHIP', 'awards'], ['Honors and Leadership', 'awards'],
  ])('%s → %s', (text, kind) => {
    expect(classifyHeading(text)?.kind).toBe(kind);
  });
  it('a lower-case heading word under a capitalised heading is the end of a wrapped line', () => {
    expect(kinds(['Experience', 'April 2020 – Present  Tutor Coordinator, Brightwell Learning', '• Ran the scheduling system for evening',
      'courses', 'July 2014 – April 2020  Scheduler, Marrow Colleges', 'Education', 'BSc'])).toEqual(['experience', 'education']);
  });
  // Traps: a template that writes every heading in lower case, and a capitalised heading after a wrapped line.
  it.each([
    [['experience', 'Scheduler, Marrow Colleges  2014 – 2020', '• Ran the evening', 'courses', 'skills', 'Python'], ['experience', 'certifications', 'skills']],
    [['Experience', 'Scheduler, Marrow Colleges  2014 – 2020', '• Ran the evening', 'Courses', 'First aid, 2019'], ['experience', 'certifications']],
  ])('still a section: %j', (lines, want) => {
    expect(kinds(lines)).toEqual(want);
  });
});

describe('skills beside a side label', () => {
  it('does not list the label as a skill', async () => {
    const { buildProfile } = await import('../../src/profile/index.js');
    const doc = docOf(['Name', 'Experience\tSenior Developer, Pebble Commerce\t2020 – 2022', 'Skills\tReact, Vue, TypeScript']);
    expect(buildProfile(doc, { asOf: { year: 2026, month: 11 }, categories: [] }).skills).toEqual(['React', 'Vue', 'TypeScript']);
  });
});
