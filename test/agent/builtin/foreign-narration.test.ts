import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, splitSentences, type KnownLanguage } from '../../../src/agent/index.js';
import { genericNarration } from '../../../src/agent/builtin/generic-narration.js';
import { storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { testContext } from '../test-context.js';
import { englishFiller, englishWordsIn, videoKinds } from './english-filler.js';

/** Bare topics and short requests in languages other than English, of several kinds. */
const prompts: { prompt: string; language: KnownLanguage; title: string }[] = [
  { prompt: 'Erkläre Quantencomputer', language: 'de', title: 'Quantencomputer' },
  { prompt: 'Erkläre den Klimawandel', language: 'de', title: 'Der Klimawandel' },
  { prompt: 'Erstelle ein Video über die Vorteile von Solarenergie für Hausbesitzer.', language: 'de', title: 'Die Vorteile von Solarenergie' },
  { prompt: 'Erkläre, wie man Brot backt', language: 'de', title: 'Wie man Brot backt' },
  { prompt: 'Explique l’informatique quantique', language: 'fr', title: 'L’informatique quantique' },
  { prompt: 'Explique comment préparer un bon café', language: 'fr', title: 'Comment préparer un bon café' },
  { prompt: 'Fais une vidéo sur notre nouvelle boutique en ligne', language: 'fr', title: 'Notre nouvelle boutique en ligne' },
  { prompt: 'Explica la computación cuántica', language: 'es', title: 'La computación cuántica' },
  { prompt: 'Haz un vídeo sobre 5 consejos para dormir mejor', language: 'es', title: '5 consejos' },
  { prompt: 'Explica cómo preparar café en casa', language: 'es', title: 'Cómo preparar café en casa' },
  { prompt: 'Spiega la fotosintesi', language: 'it', title: 'La fotosintesi' },
  { prompt: 'Faça um vídeo sobre a história do café', language: 'pt', title: 'A história do café' },
  { prompt: 'Maak een video over fietsen in de stad', language: 'nl', title: 'Fietsen in de stad' },
];

async function plan(prompt: string, target: number): Promise<Storyboard> {
  const result = await new BuiltinPlanner().plan(
    { prompt, attachments: [], orientation: null, duration_sec: target, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: true },
    testContext(),
  );
  if (result.kind !== 'storyboard') throw new Error(result.message);
  return result.storyboard;
}

describe('bare topics in other languages are narrated in that language and reach long targets', () => {
  for (const { prompt, language, title } of prompts) {
    it(`“${prompt}” (${language}): 15 to 120 s, every sentence once, no English filler`, async () => {
      const filler = englishFiller(language, prompt);
      for (const target of [15, 30, 60, 120]) {
        const sb = await plan(prompt, target);
        expect(sb.language).toBe(language);
        expect(sb.title.startsWith(title), sb.title).toBe(true);
        expect(Math.abs(storyboardDuration(sb) - target), `${storyboardDuration(sb).toFixed(1)} s for ${target} s`).toBeLessThanOrEqual(target * 0.1);
        const sentences = sb.scenes.flatMap((s) => splitSentences(s.narration)).map((s) => s.toLowerCase());
        expect(sentences.filter((s, i) => sentences.indexOf(s) !== i), 'repeated sentences').toEqual([]);
        const shown = sb.scenes.flatMap((s) => [s.narration, s.headline ?? '', ...(s.bullets ?? [])]).join(' ');
        expect(englishWordsIn(shown, filler), `English words in ${target} s storyboard`).toEqual([]);
        expect(shown).not.toMatch(/\b(?:the|and|you|your|this|that|what|why|with|here|watching|explained)\b/i);
      }
    });
  }

  it('has a section set for every language that reaches long targets', () => {
    for (const language of ['de', 'fr', 'es', 'it', 'pt', 'nl'] as const) {
      for (const kind of videoKinds) {
        const g = genericNarration({ topic: 'x', audience: null, kind, language });
        expect(g.sections.length, `${language} ${kind}`).toBeGreaterThanOrEqual(7);
        expect(g.sections.filter((s) => s.recap).length).toBe(1);
      }
    }
  });
});
