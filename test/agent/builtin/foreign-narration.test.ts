import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type KnownLanguage } from '../../../src/agent/index.js';
import { fillerSentences } from '../../../src/agent/text/index.js';
import { storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { testContext } from '../test-context.js';

/*
 * This suite used to check that bare topics in other languages reached 15–120 s with topic sections in
 * that language. The rules no longer pad: a bare topic gets a question in chat mode and a short title
 * video in generate mode, in the user's language, with the user's words only.
 */
const prompts: { prompt: string; language: KnownLanguage; title: string; question: RegExp }[] = [
  { prompt: 'Erkläre Quantencomputer', language: 'de', title: 'Quantencomputer', question: /^Was soll das Video über „Quantencomputer“ sagen\?/ },
  { prompt: 'Erkläre den Klimawandel', language: 'de', title: 'Der Klimawandel', question: /Für wen ist es/ },
  { prompt: 'Explique l’informatique quantique', language: 'fr', title: 'L’informatique quantique', question: /^Que doit dire la vidéo/ },
  { prompt: 'Fais une vidéo sur notre nouvelle boutique en ligne', language: 'fr', title: 'Notre nouvelle boutique en ligne', question: /ce qui est nouveau/ },
  { prompt: 'Explica la computación cuántica', language: 'es', title: 'La computación cuántica', question: /^¿Qué debe contar el vídeo/ },
  { prompt: 'Explica cómo preparar café en casa', language: 'es', title: 'Cómo preparar café en casa', question: /los pasos en orden/ },
  { prompt: 'Spiega la fotosintesi', language: 'it', title: 'La fotosintesi', question: /^Cosa deve dire il video/ },
  { prompt: 'Faça um vídeo sobre a história do café', language: 'pt', title: 'A história do café', question: /^O que o vídeo/ },
  { prompt: 'Maak een video over fietsen in de stad', language: 'nl', title: 'Fietsen in de stad', question: /^Wat moet de video/ },
];

async function plan(prompt: string, skip: boolean) {
  return new BuiltinPlanner().plan({ prompt, attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: skip }, testContext());
}

describe('bare topics in other languages', () => {
  for (const { prompt, language, title, question } of prompts) {
    it(`“${prompt}” (${language}): one question with concrete choices in chat, a short title video in generate mode`, async () => {
      const asked = await plan(prompt, false);
      expect(asked.kind).toBe('question');
      expect(asked.message).toMatch(question);
      expect(asked.message).toMatch(/15, 30/);
      const made = await plan(prompt, true);
      if (made.kind !== 'storyboard') throw new Error(made.message);
      const sb: Storyboard = made.storyboard;
      expect(sb.language).toBe(language);
      expect(sb.title.startsWith(title), sb.title).toBe(true);
      expect(sb.scenes).toHaveLength(1);
      expect(storyboardDuration(sb)).toBeLessThan(6);
      expect(fillerSentences(sb.scenes[0]!.narration)).toEqual([]);
      expect(sb.scenes[0]!.narration).not.toMatch(/\b(?:the|and|you|your|this|that|what|why|with|here|watching|explained)\b/i);
      expect(made.message).toMatch(/docs\/agent\.md/);
    });
  }
});
