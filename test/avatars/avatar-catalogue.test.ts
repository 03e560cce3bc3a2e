import { afterAll, describe, expect, it } from 'vitest';
import { getAvatarLook, listAvatarGroups, listAvatarLooks } from '../../src/avatars/index.js';
import { EspeakTtsEngine } from '../../src/media/tts/index.js';

describe('the avatar catalogue', () => {
  const tts = new EspeakTtsEngine();
  afterAll(async () => {
    await tts.close();
  });

  it('has at least six looks with unique ids, each found by id', () => {
    const looks = listAvatarLooks();
    expect(looks.length).toBeGreaterThanOrEqual(6);
    expect(new Set(looks.map((look) => look.id)).size).toBe(looks.length);
    for (const look of looks) expect(getAvatarLook(look.id)).toBe(look);
    expect(getAvatarLook('nobody')).toBeUndefined();
  });

  it('varies in appearance: skin tones, hair styles and colours, clothing, gender presentation', () => {
    const looks = listAvatarLooks();
    const people = new Map(looks.map((look) => [look.group_id, look]));
    expect(new Set([...people.values()].map((look) => look.palette.skin)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(looks.map((look) => look.hair)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(looks.map((look) => look.palette.hair)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(looks.map((look) => look.outfit)).size).toBeGreaterThanOrEqual(4);
    expect(looks.filter((look) => look.gender === 'female').length).toBeGreaterThanOrEqual(3);
    expect(looks.filter((look) => look.gender === 'male').length).toBeGreaterThanOrEqual(3);
    expect(new Set(looks.map((look) => look.preferred_orientation))).toEqual(new Set(['landscape', 'portrait']));
  });

  it('gives every look a real eSpeak voice of its gender', async () => {
    const voices = new Map((await tts.voices()).map((voice) => [voice.voice_id, voice]));
    for (const look of listAvatarLooks()) {
      const voice = voices.get(look.default_voice_id);
      expect(voice, look.id).toBeDefined();
      expect(voice!.gender).toBe(look.gender);
    }
  });

  it('spells every palette colour as #rrggbb (the drawing mixes them)', () => {
    for (const look of listAvatarLooks()) {
      for (const [name, colour] of Object.entries(look.palette)) expect(colour, `${look.id}.${name}`).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('groups looks by person, counting them', () => {
    const groups = listAvatarGroups();
    const looks = listAvatarLooks();
    expect(groups.reduce((sum, group) => sum + group.looks_count, 0)).toBe(looks.length);
    for (const group of groups) {
      expect(looks.filter((look) => look.group_id === group.id)).toHaveLength(group.looks_count);
      expect(getAvatarLook(group.cover_look_id)?.group_id).toBe(group.id);
      expect(group.name).not.toMatch(/\(/);
    }
    expect(groups.some((group) => group.looks_count > 1)).toBe(true);
  });
});
