import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/agent/index.js';
import { findStat, inlineList, inlineListHeadline, splitFactClauses } from '../../../src/agent/builtin/index.js';

describe('the form a request asks for is not its topic', () => {
  it.each([
    ['Green tea in two sentences: green tea has less caffeine than coffee.', 'Green tea'],
    ['Solar power in a nutshell: panels turn sunlight into electricity.', 'Solar power'],
    ['Remote work in 5 points: fewer commutes, more focus.', 'Remote work'],
  ])('%s → topic “%s”, the words after the colon kept as material', (prompt, topic) => {
    const parsed = parseRequest(prompt);
    expect(parsed.topic).toBe(topic);
    expect(parsed.content).toBe(prompt.slice(prompt.indexOf(': ') + 2).replace(/^./, (first) => first.toUpperCase()).replace(/[^.]$/, '$&.'));
  });
});

describe('the topic of a request', () => {
  it('reads a French request with its spaced colon, never a word inside “vidéo” or “une”', () => {
    const parsed = parseRequest('Fais une vidéo verticale : cinq astuces pour économiser l’énergie au bureau : éteindre les écrans le soir, imprimer moins et partager les trajets.');
    expect(parsed.topic).toBeNull();
    expect(parsed.orientation).toBe('portrait');
    expect(parsed.kind).toBe('list');
    expect(parseRequest('Fais une vidéo verticale de 30 secondes sur le recyclage au bureau.').topic).toBe('le recyclage au bureau');
  });

  it('reads the words that say what kind of video as no topic (“ein kurzes Hochformat-Video”, “une courte vidéo”)', () => {
    const parsed = parseRequest('Mach ein kurzes Hochformat-Video: vier Tipps gegen Stress im Homeoffice: feste Arbeitszeiten, regelmäßige Pausen und abends den Laptop zuklappen.');
    expect(parsed.topic).toBeNull();
    expect(parsed.orientation).toBe('portrait');
    expect(parseRequest('Mach ein kurzes Video über Mülltrennung.').topic).toBe('Mülltrennung');
    expect(parseRequest('Fais une courte vidéo sur le recyclage.').topic).toBe('le recyclage');
    expect(parseRequest('Erstelle ein Querformat-Video über unsere Kantine.').orientation).toBe('landscape');
  });

  it('reads “vertikal” and “horizontal” in German, Spanish and French', () => {
    expect(parseRequest('Erstelle ein vertikales Video über Mülltrennung im Büro.').orientation).toBe('portrait');
    expect(parseRequest('Haz un video horizontal sobre el reciclaje.').orientation).toBe('landscape');
    expect(parseRequest('Fais une vidéo en format paysage sur le recyclage.').orientation).toBe('landscape');
  });

  it('takes “for our customers” before a colon as the audience, not the topic', () => {
    const parsed = parseRequest('Create a video for our customers: Acme Bank’s new app launches on 1 April. You can pay with your phone.');
    expect(parsed.topic).toBeNull();
    expect(parsed.audience).toBe('our customers');
    expect(parseRequest('Create a video for our new app launch').topic).toBe('our new app launch');
  });


  it('keeps the article an Italian “sulla”, “sul” holds before a possessive', () => {
    expect(parseRequest('Crea un video sulla nostra nuova palestra aziendale. Apre il 3 marzo.').topic).toBe('la nostra nuova palestra aziendale');
    expect(parseRequest('Crea un video sul nostro nuovo ufficio. Apre il 3 marzo.').topic).toBe('il nostro nuovo ufficio');
    expect(parseRequest('Crea un video sul riciclo della plastica.').topic).toBe('riciclo della plastica');
  });
});

describe('an inline list after “and” and its verb', () => {
  it('is a list when nothing before the “and” is one, its headline without the “and”', () => {
    const it_ = inlineList('È gratuita per tutti i dipendenti e offre yoga, pilates e spinning.');
    expect(it_?.items).toEqual(['Yoga', 'Pilates', 'Spinning']);
    expect(inlineListHeadline(it_!.intro, 'it')).toBe('È gratuita per tutti i dipendenti');
    expect(inlineList('It is free for all staff and offers yoga, pilates and spinning.')?.items).toEqual(['Yoga', 'Pilates', 'Spinning']);
    // Steps are not introduced by their last one.
    expect(inlineList('Dig a hole, add compost, water it well, and add a stake.')).toBeNull();
  });
});

describe('the label under a figure', () => {
  it('says what changed when a time follows the figure', () => {
    expect(findStat('Prices fell 90 percent in ten years.')).toEqual({ stat: '90%', label: 'prices fell in ten years' });
  });

  it('reads Portuguese “por cento”, and says what changed for whom in any language', () => {
    expect(findStat('Os preços baixam 10 por cento para estudantes.', 'pt')).toEqual({ stat: '10%', label: 'os preços baixam para estudantes' });
    // A fact split off after “, e” does not start with “E”.
    expect(splitFactClauses('Há café, bolos e sanduíches, e os preços baixam 10 por cento para estudantes', null, 'pt')).toEqual([
      'Há café, bolos e sanduíches.', 'Os preços baixam 10 por cento para estudantes.',
    ]);
  });

  it('says what changed and for whom when the verb is in the present', () => {
    expect(findStat('Prices drop 15 percent for trainees.')).toEqual({ stat: '15%', label: 'prices drop for trainees' });
  });

  it('leaves the starting figure of a change to the chart', () => {
    expect(findStat('Churn fell from 6 to 4 percent.')?.label).toBe('churn fell');
  });

  it('says what changes and for whom in other languages, not only the words after the figure', () => {
    expect(findStat('Et les prix baissent de 15 pour cent pour les stagiaires.', 'fr')).toEqual({ stat: '15%', label: 'les prix baissent pour les stagiaires' });
    expect(findStat('Und die Preise sinken um 15 Prozent für Auszubildende.', 'de')?.label).toBe('Die Preise sinken für Auszubildende');
    expect(findStat('Los precios bajan un 15 por ciento para los becarios.', 'es')?.label).toBe('los precios bajan para los becarios');
  });

  it('never takes a date or a clock time for a figure', () => {
    expect(findStat('Elle ouvre le 12 mars au rez-de-chaussée.', 'fr')).toBeNull();
    expect(findStat('The store opens on March 12 with 40 new products.')?.stat).toBe('40');
    expect(findStat('Stop caffeine after 2 pm and sleep 8 hours.')).toBeNull();
  });
});

describe('a clause that opens with its verb keeps the subject of the first', () => {
  it('outside English, “elle ouvre …, propose …” says who proposes', () => {
    expect(splitFactClauses('elle ouvre lundi au rez-de-chaussée, propose trois menus dont un végétarien, et les prix baissent de 15 pour cent', null, 'fr')).toEqual([
      'Elle ouvre lundi au rez-de-chaussée.', 'Elle propose trois menus dont un végétarien.', 'Les prix baissent de 15 pour cent.',
    ]);
  });

  it('in English a clause with its own subject is left as written', () => {
    expect(splitFactClauses('they pollinate a third of our crops, colonies have declined by 40 percent', 'Bees')).toEqual(['Bees pollinate a third of our crops.', 'Colonies have declined by 40 percent.']);
  });
});

describe('a counted list after a colon stays a list', () => {
  it('“three habits that …: a, b, and c” (a “that” in the topic is not a German “hat”)', () => {
    const parsed = parseRequest('Make a 30 second TikTok about three habits that help you sleep better: keep the same wake-up time every day, stop caffeine after 2 pm, and keep your bedroom cool at about 18 degrees.');
    expect(parsed.topic).toBe('three habits that help you sleep better');
    expect(parsed.kind).toBe('list');
  });
});

describe('announcements and stories asked for in other languages', () => {
  it.each([
    ['Annonce que Acme Notes 3.0 a maintenant un mode sombre, la synchronisation hors ligne et un nouvel éditeur.', 'Acme Notes 3.0', 'Acme Notes 3.0 a maintenant un mode sombre, la synchronisation hors ligne et un nouvel éditeur.'],
    ['Anuncia que Acme Notes 3.0 ya tiene modo oscuro y sincronización sin conexión.', 'Acme Notes 3.0', 'Acme Notes 3.0 ya tiene modo oscuro y sincronización sin conexión.'],
    // The clause's final verb moves behind its subject: the narration is a main clause.
    ['Kündige an, dass Acme Notes 3.0 jetzt einen dunklen Modus hat.', 'Acme Notes 3.0', 'Acme Notes 3.0 hat jetzt einen dunklen Modus.'],
  ])('%s → about “%s”, the news said as a sentence', (prompt, topic, content) => {
    const parsed = parseRequest(prompt);
    expect(parsed.topic).toBe(topic);
    expect(parsed.content).toBe(content);
  });

  it('reads “Erzähl die Geschichte …” as the request, not the title', () => {
    const parsed = parseRequest('Erzähl die Geschichte unserer Bäckerei: 1998 haben wir mit einem Ofen angefangen. Heute backen wir 400 Brote am Tag.');
    expect(parsed.instruction).toMatch(/^Erzähl/);
    expect(parsed.topic).toBe('die Geschichte unserer Bäckerei');
    expect(parsed.content).toMatch(/^1998 haben wir/);
  });
});

describe('a sentence of several facts', () => {
  it('becomes a sentence per fact, a list of places staying with its fact', () => {
    expect(splitFactClauses('revenue grew 18 percent to 4.2 million dollars, churn fell from 6 to 4 percent, and we opened offices in Lisbon, Austin and Seoul.', null)).toEqual([
      'Revenue grew 18 percent to 4.2 million dollars.',
      'Churn fell from 6 to 4 percent.',
      'We opened offices in Lisbon, Austin and Seoul.',
    ]);
  });

  it('stays whole when it opens with a short item (an inline list of features)', () => {
    expect(splitFactClauses('Dark mode, offline sync and a faster startup for every plan.', null)).toEqual(['Dark mode, offline sync and a faster startup for every plan.']);
  });
});

describe('a list of what something now has', () => {
  it.each([
    ['Acme Notes 3.0 now has dark mode, offline sync and a new editor.', 'en', 'New in Acme Notes 3.0', ['Dark mode', 'Offline sync', 'New editor']],
    ['Acme Notes 3.0 a maintenant un mode sombre, la synchronisation hors ligne et un nouvel éditeur.', 'fr', 'Nouveautés d’Acme Notes 3.0', ['Mode sombre', 'Synchronisation hors ligne', 'Nouvel éditeur']],
    ['Acme Notes 3.0 ya tiene modo oscuro, sincronización sin conexión y un editor nuevo.', 'es', 'Novedades de Acme Notes 3.0', ['Modo oscuro', 'Sincronización sin conexión', 'Editor nuevo']],
    ['Acme Notes 3.0 hat jetzt einen dunklen Modus, Offline-Synchronisierung und einen neuen Editor.', 'de', 'Neu in Acme Notes 3.0', ['Dunklen Modus', 'Offline-Synchronisierung', 'Neuen Editor']],
    ['Our camping kit includes a tent, a stove and a lamp.', 'en', 'Our camping kit', ['Tent', 'Stove', 'Lamp']],
  ])('%s (%s) → “%s”', (sentence, language, headline, items) => {
    const list = inlineList(sentence)!;
    expect(list.items).toEqual(items);
    expect(inlineListHeadline(list.intro, language)).toBe(headline);
  });
});

describe('a request written in Japanese', () => {
  it('asks for the video in its first sentence, names the topic, and leaves the rest as material (never narrated)', () => {
    const parsed = parseRequest('新しい社員食堂についての動画を作ってください。1月12日の月曜日に1階でオープンします。研修生は15パーセント割引です。');
    expect(parsed.instruction).toBe('新しい社員食堂についての動画を作ってください。');
    expect(parsed.topic).toBe('新しい社員食堂');
    expect(parsed.content).toBe('1月12日の月曜日に1階でオープンします。研修生は15パーセント割引です。');
  });

  it('reads its length, orientation and audience', () => {
    const parsed = parseRequest('新入社員向けの、テレワークについての30秒の縦動画を作ってください。');
    expect(parsed).toMatchObject({ topic: 'テレワーク', durationSec: 30, orientation: 'portrait', audience: '新入社員' });
  });
});

describe('a figure’s label', () => {
  it('stops before a second clause after “and” (“… and bake 40,000 loaves a week”), not inside a list of names', () => {
    expect(findStat('Today we run 12 shops across Portugal and bake 40,000 loaves a week.')).toEqual({ stat: '12', label: 'shops across Portugal' });
    expect(findStat('We opened 12 offices in Lisbon, Austin and Seoul.')?.label).toBe('offices in Lisbon, Austin and Seoul');
  });
});
