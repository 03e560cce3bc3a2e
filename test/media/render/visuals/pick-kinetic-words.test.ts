import { describe, expect, it } from 'vitest';
import { pickKineticWords, type CaptionWord } from '../../../../src/media/index.js';

/** Words spoken one every `every` seconds. */
function spoken(text: string, every = 0.45): CaptionWord[] {
  return text.split(' ').map((word, i) => ({ text: word, start: i * every, end: i * every + every * 0.9 }));
}

describe('pickKineticWords', () => {
  it('picks figures, names and long nouns in spoken order, never function words', () => {
    const words = pickKineticWords(spoken('Last year our team in Lisbon grew revenue by 18 percent to 4.2 million and the customers loved it.'), { language: 'en', sceneEnd: 9 });
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.length).toBeLessThanOrEqual(4);
    const texts = words.map((w) => w.text);
    expect(texts).toContain('18%');
    expect(texts).toContain('Lisbon');
    for (const small of ['the', 'and', 'our', 'by', 'to', 'it', 'in']) expect(texts).not.toContain(small);
    expect(words.map((w) => w.start)).toEqual([...words.map((w) => w.start)].sort((a, b) => a - b));
    words.forEach((w, i) => expect(w.end).toBeLessThanOrEqual(words[i + 1]?.start ?? 9));
  });

  it('shows a figure with what it counts, never a bare number', () => {
    const pick = (text: string, language: string) => pickKineticWords(spoken(text, 0.6), { language, sceneEnd: 12 }).map((w) => w.text);
    expect(pick('Keep your bedroom cool at about 18 degrees.', 'en')).toContain('18 degrees');
    expect(pick('Stop caffeine after 2 pm every day.', 'en')).toContain('2 pm');
    expect(pick('Elle ouvre lundi 12 janvier au rez-de-chaussée.', 'fr')).toContain('12 janvier');
    expect(pick('Sie öffnet am Montag, dem 12. Januar, im Erdgeschoss.', 'de')).toContain('12. Januar');
    expect(pick('Les prix baissent de 15 pour cent pour les stagiaires.', 'fr')).toContain('15%');
    expect(pick('Abrimos en Valencia el 3 de febrero con pan recién hecho.', 'es')).toContain('3 de febrero');
    // A thing rather than a doing: no infinitive, no lower-case German word when a noun is there.
    expect(pick('Come preparare una carbonara perfetta.', 'it')).toContain('carbonara');
    expect(pick('Die Wärme wird dann an das Heizwasser abgegeben.', 'de')).not.toContain('abgegeben');
    expect(pick('Synchronisation plus rapide et 40 % d’autonomie en plus.', 'fr')).toContain('40%');
    // A month said before its day, and a name of two capitalised words, are shown whole; a bare "7" is not shown.
    expect(pick('Our bakery opens a second shop on Main Street on March 3.', 'en')).toEqual(expect.arrayContaining(['Main Street', 'March 3']));
    expect(pick('Fresh bread every morning from 7.', 'en')).not.toContain('7');
    // Not across a clause: "in 2024, sales" keeps the year alone.
    expect(pick('In 2024, sales doubled across Europe.', 'en')).not.toContain('2024 sales');
  });

  it('shows a name without its English possessive', () => {
    const texts = pickKineticWords(spoken('Acme Bank’s new app launches in Lisbon.', 0.6), { language: 'en', sceneEnd: 6 }).map((w) => w.text);
    expect(texts.some((t) => /['’]s$/.test(t))).toBe(false);
  });

  it('leaves out German function words and keeps Japanese phrases in Han or Katakana script', () => {
    const de = pickKineticWords(spoken('Der Umsatz stieg im letzten Jahr um 18 Prozent auf 4,2 Millionen Euro.'), { language: 'de', sceneEnd: 8 }).map((w) => w.text);
    for (const small of ['Der', 'im', 'um', 'auf']) expect(de).not.toContain(small);
    expect(de).toContain('18%');
    const ja = pickKineticWords(
      ['東京の', 'オフィスは', 'とても', '大きく', 'なりました。'].map((text, i) => ({ text, start: i * 1.2, end: i * 1.2 + 1, spaceBefore: false })),
      { language: 'ja', sceneEnd: 7 },
    ).map((w) => w.text);
    expect(ja.length).toBeGreaterThanOrEqual(2);
    expect(ja).not.toContain('とても');
  });
});
