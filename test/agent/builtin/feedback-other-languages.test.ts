import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, type ReviseResult } from '../../../src/agent/index.js';
import { englishFeedback } from '../../../src/agent/language/index.js';
import { storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { baseStoryboard, testContext } from '../test-context.js';

/** The announcement as a German video narrated by the German male voice, versions 1 and 2 before it. */
function germanVideo(): { current: Storyboard; history: Storyboard[] } {
  const { current, history } = baseStoryboard();
  return { current: { ...current, language: 'de', voice_id: 'espeak-de-male' }, history };
}

async function revise(storyboard: Storyboard, history: Storyboard[], message: string): Promise<ReviseResult> {
  return new BuiltinPlanner().revise({ storyboard, history, message, attachments: [], overrides: {} }, testContext());
}

describe('feedback in the languages the agent answers in', () => {
  it('reads the common requests as the English the rules parse, keeping scene and version numbers', () => {
    expect(englishFeedback('Tausche Szene 2 und 3')).toBe('swap scenes 2 and 3');
    expect(englishFeedback('supprime la scène 4, s’il vous plaît')).toBe('remove scene 4');
    expect(englishFeedback('Vuelve a la versión 2')).toBe('go back to version 2');
    expect(englishFeedback('シーン2を削除して')).toBe('remove scene 2');
    expect(englishFeedback('Bitte eine weibliche Stimme und kürzer')).toBe('use a female voice\nmake it shorter');
    expect(englishFeedback('Mach es 20 Sekunden lang')).toMatch(/make it 20 seconds/);
    expect(englishFeedback('Ficou bom, obrigado')).toBe('looks good');
  });

  it('leaves English, and what it has no phrase for, in the user’s words', () => {
    expect(englishFeedback('swap scenes 2 and 3')).toBe('swap scenes 2 and 3');
    expect(englishFeedback('Füge Jazzmusik hinzu')).toBe('Füge Jazzmusik hinzu');
    expect(englishFeedback('Untertitel aus und Jazzmusik dazu')).toBe('turn captions off\nund Jazzmusik dazu');
  });

  it('applies German requests: a female voice, a swap, vertical, captions off, all in one message', async () => {
    const { current, history } = germanVideo();
    const result = await revise(current, history, 'Bitte eine weibliche Stimme, tausche Szene 2 und 3, Hochformat und ohne Untertitel');
    expect(result.kind).toBe('revised');
    if (result.kind !== 'revised') return;
    expect(result.storyboard.voice_id).toBe('espeak-de-female');
    expect(result.storyboard.scenes[1]!.narration).toBe(current.scenes[2]!.narration);
    expect(result.storyboard.orientation).toBe('portrait');
    expect(result.storyboard.captions.enabled).toBe(false);
  });

  it('goes back to the first version in Spanish and Japanese', async () => {
    const { current, history } = germanVideo();
    for (const message of ['Vuelve a la primera versión', '最初のバージョンに戻してください']) {
      const result = await revise(current, history, message);
      expect(result.kind, message).toBe('revised');
      if (result.kind === 'revised') expect(result.message).toMatch(/Went back to version 1/);
    }
  });

  it('makes the video shorter in French without slowing the voice', async () => {
    const { current, history } = germanVideo();
    const result = await revise(current, history, 'Plus court, s’il vous plaît');
    expect(result.kind).toBe('revised');
    if (result.kind !== 'revised') return;
    expect(result.storyboard.pace).toBeGreaterThanOrEqual(current.pace);
    expect(storyboardDuration(result.storyboard)).toBeLessThan(storyboardDuration(current));
  });

  it('answers a short message it cannot act on in the video’s language, not the one its few words suggest', async () => {
    const { current, history } = baseStoryboard();
    const spanish = { ...current, language: 'es', voice_id: 'espeak-es-female' };
    const result = await revise(spanish, history, 'Añade música de jazz');
    expect(result.kind).toBe('unclear');
    expect(result.message).toMatch(/^No he entendido “Añade música de jazz”\. Puedo/);
  });

  it('answers “shorter” on a video already at the shortest length, and keeps it in review', async () => {
    const { current } = baseStoryboard();
    const tiny: Storyboard = { ...current, version: 1, scenes: [{ ...current.scenes[0]!, narration: 'Quantum computing.', duration_sec: 2 }] };
    const result = await revise(tiny, [], 'Mach es kürzer');
    expect(result.kind).toBe('revised');
    if (result.kind !== 'revised') return;
    expect(result.unchanged).toBe(true);
    expect(result.message).toMatch(/already as short as it gets/);
  });
});
