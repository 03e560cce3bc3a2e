import type { Storyboard } from '../../src/storyboard/index.js';

/** Six short scenes (about 2 s each) with fades, cuts and a slide: the smallest storyboard the farm splits by default. */
export function sixScenes(): Storyboard {
  return {
    schema: 2, version: 1, title: 'Farm test', language: 'en', orientation: 'landscape', duration_target_sec: null,
    voice_id: 'espeak-en-us-female', avatar_id: null, style_id: 'midnight', pace: 1.4, music: null,
    captions: { enabled: true, style: 'default' },
    scenes: [
      { id: 'one', layout: 'title', narration: 'Bees make honey.', headline: 'Honey', presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'two', layout: 'bullets', narration: 'They visit flowers.', headline: 'Flowers', bullets: ['Nectar', 'Pollen'], presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'three', layout: 'stat', narration: 'Many of them.', stat: '60,000', headline: 'bees in a hive', presenter: 'none', transition: 'cut', duration_sec: 2 },
      { id: 'four', layout: 'title', narration: 'Wax holds it.', headline: 'Comb', presenter: 'none', transition: 'fade', duration_sec: 2 },
      { id: 'five', layout: 'title', narration: 'It keeps for years.', headline: 'Storage', presenter: 'none', transition: 'cut', duration_sec: 2 },
      { id: 'six', layout: 'title', narration: 'Thank the bees.', headline: 'Thanks', presenter: 'none', transition: 'slide', duration_sec: 2 },
    ],
  };
}
