import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/agent/index.js';

describe('splitSentences', () => {
  it('does not end a sentence at the ordinal dot of a day before its month', () => {
    expect(splitSentences('Sie öffnet am Montag, dem 12. Januar, um 11:30 Uhr. Es gibt drei Menüs.')).toEqual([
      'Sie öffnet am Montag, dem 12. Januar, um 11:30 Uhr.',
      'Es gibt drei Menüs.',
    ]);
    expect(splitSentences('Vi åbner den 3. maj. Alle er velkomne.')).toEqual(['Vi åbner den 3. maj.', 'Alle er velkomne.']);
    expect(splitSentences('Otwieramy 5. maja. Zapraszamy.')).toEqual(['Otwieramy 5. maja.', 'Zapraszamy.']);
  });

  it('still ends a sentence at a number followed by a new sentence, and at a year before a month-like word', () => {
    expect(splitSentences('Der Preis ist 12. Danach sinkt er.')).toEqual(['Der Preis ist 12.', 'Danach sinkt er.']);
    expect(splitSentences('It opened in 2019. March was busy.')).toEqual(['It opened in 2019.', 'March was busy.']);
  });

  it('does not split after abbreviations, initials or inside decimals', () => {
    expect(splitSentences('Dr. Smith met J. Doe. Prices rose 4.5 percent.')).toEqual(['Dr. Smith met J. Doe.', 'Prices rose 4.5 percent.']);
  });
});
