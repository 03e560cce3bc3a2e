import { describe, expect, it } from 'vitest';
import { headlineFrom } from '../../../src/agent/text/index.js';

describe('headlineFrom', () => {
  it('keeps a list of names whole: its commas do not end the clause', () => {
    expect(headlineFrom('We opened offices in Lisbon, Austin and Seoul.')).toBe('We opened offices in Lisbon, Austin and Seoul');
    expect(headlineFrom('Nous avons ouvert des bureaux à Lisbonne, Austin et Séoul.', 7, 'fr')).toBe('Nous avons ouvert des bureaux à Lisbonne, Austin et Séoul');
    expect(headlineFrom('Our team in Lisbon, Austin, Berlin and Seoul grew fast.')).toBe('Our team in Lisbon, Austin, Berlin and Seoul');
  });

  it('still ends at a comma between clauses, and cuts a long clause before a preposition', () => {
    expect(headlineFrom('Revenue grew, costs fell.')).toBe('Revenue grew');
    expect(headlineFrom('This year we opened new offices in Lisbon, Austin and Seoul, and hired 40 people.')).toBe('This year we opened new offices');
  });
});

describe('headlineFrom with dates', () => {
  it('keeps a day and its date together across their comma', () => {
    expect(headlineFrom('Sie öffnet am Montag, dem 12. Januar, um 11:30 Uhr im Erdgeschoss.', 7, 'de')).toBe('Sie öffnet am Montag, dem 12. Januar');
    expect(headlineFrom('It opens on Monday, January 12, at 11:30 on the ground floor.')).toBe('It opens on Monday, January 12');
  });

  it('does not hold a comma before a clock time or a plain number', () => {
    expect(headlineFrom('The cafe opens early, at 7:30 every day.')).toBe('The cafe opens early');
    expect(headlineFrom('We hired people, 40 of them engineers.')).toBe('We hired people');
  });
});

describe('headlineFrom with a list of things', () => {
  it('keeps a run of short items whole, as it does names', () => {
    expect(headlineFrom('Bees, wasps and butterflies pollinate our crops.')).toBe('Bees, wasps and butterflies pollinate our crops');
    expect(headlineFrom('Bienen, Wespen und Schmetterlinge bestäuben unsere Pflanzen.', 7, 'de')).toBe('Bienen, Wespen und Schmetterlinge bestäuben unsere Pflanzen');
  });

  it('never cuts the last of several two-word items in two', () => {
    expect(headlineFrom('The shop sells fresh bread, sweet cakes and hot coffee.')).toBe('The shop sells fresh bread, sweet cakes and hot coffee');
  });
});

describe('headlineFrom where a phrase ends', () => {
  it('cuts at a conjunction before a later preposition: the first clause is whole', () => {
    expect(headlineFrom('Votre mentor s’appelle Claire et elle répondra à toutes vos questions.', 7, 'fr')).toBe('Votre mentor s’appelle Claire');
    expect(headlineFrom('Our canteen opens early and serves lunch from noon to three.')).toBe('Our canteen opens early');
  });

  it('keeps a clock time one word past the limit, and its colon, and never ends on “desde”', () => {
    expect(headlineFrom('Pan recién hecho cada mañana desde las 7:00, café de especialidad.', 7, 'es')).toBe('Pan recién hecho cada mañana desde las 7:00');
    expect(headlineFrom('Pan recién hecho cada mañana desde las siete y media en punto.', 7, 'es')).toBe('Pan recién hecho cada mañana');
  });
});

describe('headlineFrom with dates', () => {
  it('never cuts a day from its month or a time from its unit', () => {
    expect(headlineFrom('Confirme a sua presença até 10 de dezembro, por favor, na receção.', 6, 'pt')).toBe('Confirme a sua presença até 10 de dezembro');
    expect(headlineFrom('Wir feiern am Freitag ab 19 Uhr im großen Saal.', 6, 'de')).toBe('Wir feiern am Freitag ab 19 Uhr');
  });
});

describe('headlineFrom after a phrase of where or when', () => {
  it('heads the sentence when it fits, else its main clause', () => {
    expect(headlineFrom('En cas d’urgence, appelez le 112.', 7, 'fr')).toBe('En cas d’urgence, appelez le 112');
    expect(headlineFrom('In London, the number of registered hives has doubled since 2010.')).toBe('The number of registered hives has doubled');
    expect(headlineFrom('In the last ten years, wild bee populations in Europe have declined by 25 percent.')).toBe('Wild bee populations in Europe have declined');
  });
});
