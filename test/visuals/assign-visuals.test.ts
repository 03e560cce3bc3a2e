import { describe, expect, it } from 'vitest';
import { STORYBOARD_SCHEMA, validateStoryboard, type Scene, type Storyboard } from '../../src/storyboard/index.js';
import { assignVisuals, extractChart, extractPlaces, IllustrationIndex } from '../../src/visuals/index.js';

function storyboard(language: string, scenes: Array<Partial<Scene> & Pick<Scene, 'layout' | 'narration'>>): Storyboard {
  return {
    schema: STORYBOARD_SCHEMA, version: 1, title: scenes[0]!.headline ?? 'Title', language, orientation: 'landscape', duration_target_sec: null,
    voice_id: 'v', avatar_id: null, style_id: 'clean', pace: 1, music: null, captions: { enabled: true, style: 'default' },
    scenes: scenes.map((s, i) => ({ id: `s${i + 1}`, presenter: 'none', transition: 'fade', duration_sec: 4, ...s })),
  };
}

const labels = { before: 'Before', after: 'After' };

describe('illustration keywords in the narration language', () => {
  it.each([
    ['en', 'Come and get fresh bread from our bakery.', 'bread'],
    ['de', 'Kommen Sie für frisches Brot.', 'bread'],
    ['ru', 'Приходите за свежим хлебом.', 'bread'],
    ['ja', '焼きたてのパンをお楽しみください。', 'bread'],
    ['es', 'Apaga las luces y usa bombillas LED.', 'light-bulb'],
  ])('%s: "%s" finds %s among the best', (language, text, id) => {
    const found = IllustrationIndex.for(language).search(text, { limit: 5 }).map((m) => m.id);
    expect(found).toContain(id);
  });

  it('never offers flags, keycaps or skin-tone variants', () => {
    const found = IllustrationIndex.for('en').search('one two three flag of France, a waving hand with dark skin tone', { limit: 50 }).map((m) => m.id);
    expect(found.filter((id) => /^(flag|keycap)-|-(dark|light|medium)$/.test(id))).toEqual([]);
  });
});

describe('assignVisuals', () => {
  const bees = storyboard('en', [
    { layout: 'title', headline: 'Why bees matter', narration: 'Bees pollinate a third of our crops.' },
    { layout: 'presenter', headline: 'Apples and almonds', narration: 'From apples to almonds, our food depends on bees.' },
    { layout: 'bullets', headline: 'What you can do', narration: 'Plant flowers. Avoid pesticides. Buy local honey.', bullets: ['Plant flowers', 'Avoid pesticides', 'Buy local honey'] },
    { layout: 'stat', headline: 'Colonies lost', stat: '40 %', narration: 'Beekeepers lost 40 percent of their colonies last year.' },
    { layout: 'cta', headline: 'Thanks for watching', narration: 'Thanks for watching.' },
  ]);

  it('gives every scene a visual, and no illustration twice', () => {
    const result = assignVisuals(bees);
    expect(result.scenes.every((s) => s.visual)).toBe(true);
    const ids = result.scenes.flatMap((s) => (s.visual?.kind === 'illustration' ? [s.visual.source!.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.scenes[0]!.visual?.licence).toBe('MIT');
    expect(() => validateStoryboard(result)).not.toThrow();
  });

  it('chooses by meaning: bees for the title, fruit for apples, a chart for the figure', () => {
    const [title, apples, bullets, stat] = assignVisuals(bees).scenes;
    expect(title!.visual!.source!.id).toMatch(/honey|bee/);
    expect(apples!.visual!.source!.id).toMatch(/apple|almond|peanut|chestnut/);
    expect(bullets!.visual!.bullet_icons).toHaveLength(3);
    expect(stat!.visual).toMatchObject({ kind: 'chart', chart: { type: 'donut', items: [{ value: 40 }] } });
  });

  it('keeps a visual that was already chosen, and shows the user\'s own media', () => {
    const given = storyboard('en', [
      { layout: 'title', headline: 'Beach day', narration: 'A day at the beach.', visual: { kind: 'stock_image', query: 'beach', source: { provider: 'pexels', id: '42' } } },
      { layout: 'media', narration: 'Our shop.', media: { asset_id: 'ast_1', fit: 'cover', motion: 'none' } },
    ]);
    const [first, second] = assignVisuals(given).scenes;
    expect(first!.visual).toEqual(given.scenes[0]!.visual);
    expect(second!.visual).toEqual({ kind: 'user_media', source: { provider: 'asset', id: 'ast_1' } });
  });
});

describe('charts from figures', () => {
  it('a change from one figure to another becomes two bars', () => {
    expect(extractChart('Churn fell from 6 to 4 percent.', labels)).toEqual({ type: 'bar', prefix: '', suffix: '%', items: [{ label: 'Before', value: 6 }, { label: 'After', value: 4 }] });
  });
  it('figures dated by years become bars in year order', () => {
    expect(extractChart('Revenue: $4.2M in 2024, up from $3.1M in 2023.', labels)?.items).toEqual([{ label: '2023', value: 3.1 }, { label: '2024', value: 4.2 }]);
  });
  it('a sum of money counts up, with its currency and scale', () => {
    expect(extractChart('Revenue grew 18 percent to 4.2 million dollars.', labels)).toMatchObject({ type: 'counter', prefix: '$', suffix: ' million', items: [{ value: 4.2 }] });
  });
  it('a percentage in another language becomes a donut', () => {
    expect(extractChart('Die Kosten stiegen um 12 Prozent.', labels)).toMatchObject({ type: 'donut', items: [{ value: 12 }] });
  });
  it('years alone and plain words are no chart', () => {
    expect(extractChart('Founded in 1998, we moved in 2004.', labels)).toBeNull();
    expect(extractChart('Bees pollinate a third of our crops.', labels)).toBeNull();
  });
  it('a list of places becomes markers', () => {
    expect(extractPlaces('We now have offices in Lisbon, Austin and Seoul.')?.items.map((i) => i.label)).toEqual(['Lisbon', 'Austin', 'Seoul']);
  });
});

describe('stored storyboards of schema 1', () => {
  it('still load, as schema 2', () => {
    const old = { ...storyboard('en', [{ layout: 'title', narration: 'Hello.' }]), schema: 1 };
    expect(validateStoryboard(old).schema).toBe(STORYBOARD_SCHEMA);
  });
});
