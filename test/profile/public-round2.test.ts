// Failure classes found reading public résumés (round 2), each as a case table with the traps it must reject.
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/index.js';
import { looksLikeProse } from '../../src/profile/line-shape.js';
import type { YearMonth } from '../../src/types.js';
import { AS_OF, CATEGORIES, docOf } from './helpers.js';

const ym = (p: YearMonth | 'present'): string => (p === 'present' ? 'present' : `${p.year}-${String(p.month).padStart(2, '0')}`);

/** "Title @ Company start…end" for every job read from the lines. */
function jobsOf(lines: string[]): string[] {
  return buildProfile(docOf(lines), { asOf: AS_OF, categories: CATEGORIES }).jobs.map((j) =>
    `${j.title} @ ${j.org ?? ''} ${j.range ? `${ym(j.range.start)}…${ym(j.range.end)}` : 'no dates'}`);
}

describe('a bullet written as a noun phrase is a description, not a header', () => {
  it.each([
    ['Entwicklung eines Prüfstands für Hydraulikventile', true],
    ['Regelung einer BLE Verbindung', true],
    ['Kommunikation mit Testern', true],
    ['Implementierung einer Deep-Learning Infrastruktur', true],
    ['Erstellen einer CI-Pipeline auf einem VPS', true],
    ['Gestion des stocks et des commandes', true],
    ["Création d'une application mobile", true],
    ['Development of the billing API', true],
    ['Implementación de pasarelas de pago', true],
    ['Gestione della logistica', false], // "Gestione" carries no action-noun ending the rule knows: left as it was
    // traps: titles, organisations, names
    ['Leiter der Entwicklung', false],
    ['Institut für Solare Energiesysteme', false],
    ['Department of Computer Science', false],
    ['Syndicat des Eaux du Vercors', false],
    ['Management Consultant', false],
    ['Development Bank of Lindmark', false],
    ['Association for Computing Machinery', false],
    ['Praktikant bei Hydrova AG', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeProse(text)).toBe(expected);
  });

  it('"Title ⇥ dates" / company / nominal bullets: the company stays with its own job', () => {
    expect(jobsOf([
      'Berufserfahrung',
      'Softwareingenieur\tDezember 2024 - Februar 2026',
      'Lindqvarn GmbH',
      'Aufbau einer CI-Pipeline',
      'Betreuung der Testgruppe',
      'Research assistant\tApril 2023 - September 2024',
      'Institut für Angewandte Hydrologie',
      'Simulation von Grundwasserströmen',
    ])).toEqual([
      'Softwareingenieur @ Lindqvarn GmbH 2024-12…2026-02',
      'Research assistant @ Institut für Angewandte Hydrologie 2023-04…2024-09',
    ]);
  });
});
