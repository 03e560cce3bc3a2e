import type { PlannerContext } from '../../src/agent/index.js';
import type { Voice } from '../../src/media/tts/index.js';
import { SCENE_PADDING_SEC, STORYBOARD_SCHEMA, type Storyboard } from '../../src/storyboard/index.js';

/** A few voices shaped like the eSpeak catalogue's. */
export const testVoices: Voice[] = [
  { voice_id: 'espeak-en-us-male', name: 'English (US) – male', language: 'en-us', gender: 'male', engine: 'espeak-ng' },
  { voice_id: 'espeak-en-us-female', name: 'English (US) – female', language: 'en-us', gender: 'female', engine: 'espeak-ng' },
  { voice_id: 'espeak-en-gb-male', name: 'English (UK) – male', language: 'en-gb', gender: 'male', engine: 'espeak-ng' },
  { voice_id: 'espeak-en-gb-female', name: 'English (UK) – female', language: 'en-gb', gender: 'female', engine: 'espeak-ng' },
  { voice_id: 'espeak-de-male', name: 'German – male', language: 'de', gender: 'male', engine: 'espeak-ng' },
  { voice_id: 'espeak-de-female', name: 'German – female', language: 'de', gender: 'female', engine: 'espeak-ng' },
  { voice_id: 'espeak-fr-fr-female', name: 'French – female', language: 'fr-fr', gender: 'female', engine: 'espeak-ng' },
  { voice_id: 'espeak-es-female', name: 'Spanish – female', language: 'es', gender: 'female', engine: 'espeak-ng' },
  { voice_id: 'espeak-it-female', name: 'Italian – female', language: 'it', gender: 'female', engine: 'espeak-ng' },
];

/** A deterministic stand-in for the TTS: 2.7 words a second at pace 1. */
export async function wordMeasure(text: string, _voiceId: string, pace: number): Promise<number> {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words / 2.7 / pace;
}

export function testContext(overrides: Partial<PlannerContext> = {}): PlannerContext & { progress: number[] } {
  const progress: number[] = [];
  return {
    signal: new AbortController().signal,
    onProgress: (f) => progress.push(f),
    measure: wordMeasure,
    voices: testVoices,
    styleIds: ['clean', 'bold'],
    avatarIds: [],
    progress,
    ...overrides,
  };
}

function scene(id: string, layout: Storyboard['scenes'][number]['layout'], narration: string, extra: Partial<Storyboard['scenes'][number]> = {}) {
  const words = narration.split(/\s+/).filter(Boolean).length;
  return { id, layout, narration, presenter: 'none' as const, transition: 'fade' as const, duration_sec: words / 2.7 + SCENE_PADDING_SEC, ...extra };
}

/** Version 2 of a product announcement, with version 1 as its history. */
export function baseStoryboard(): { current: Storyboard; history: Storyboard[] } {
  const current: Storyboard = {
    schema: STORYBOARD_SCHEMA,
    version: 2,
    title: 'Acme Notes 3.0',
    language: 'en',
    orientation: 'landscape',
    duration_target_sec: null,
    voice_id: 'espeak-en-us-female',
    avatar_id: null,
    style_id: 'clean',
    pace: 1,
    music: null,
    captions: { enabled: true, style: 'default' },
    scenes: [
      scene('s1', 'title', 'Meet Acme Notes 3.0, the note-taking app for busy teams.', { headline: 'Acme Notes 3.0' }),
      scene('s2', 'presenter', 'Plans start at five dollars per user per month. Small teams of up to three people use it for free.', { headline: 'Pricing' }),
      scene('s3', 'bullets', 'Here is what is new. Dark mode for late-night writing. Offline sync that just works. A redesigned editor with slash commands.', {
        headline: 'What is new',
        bullets: ['Dark mode', 'Offline sync', 'Slash commands'],
      }),
      scene('s4', 'stat', 'Startup is now 30% faster on every platform.', { headline: 'Faster startup', stat: '30%' }),
      scene('s5', 'quote', '“It finally feels fast,” says beta tester Jo Park.', { headline: 'It finally feels fast.', attribution: 'Jo Park, beta tester' }),
      scene('s6', 'cta', 'Download Acme Notes today and try the new features.', { headline: 'Download today' }),
    ],
  };
  const v1: Storyboard = {
    ...structuredClone(current),
    version: 1,
    title: 'Acme Notes',
    scenes: current.scenes.filter((s) => s.id !== 's5').map((s) => (s.id === 's2' ? { ...s, narration: 'Pricing is simple and fair for teams of every size.' } : s)),
  };
  return { current, history: [v1] };
}
