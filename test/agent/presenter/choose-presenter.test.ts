import { describe, expect, it } from 'vitest';
import { counterpartLook, defaultPresenter, NO_PRESENTER, presenterLook } from '../../../src/agent/presenter/index.js';
import { listAvatarLooks } from '../../../src/media/presenter/index.js';
import { testVoices } from '../test-context.js';

const looks = listAvatarLooks().map((look) => look.id);
const genderOf = (id: string | null) => listAvatarLooks().find((look) => look.id === id)?.gender;

describe('choosing the presenter of a new video', () => {
  it('puts a built-in look of the voice’s gender in front of a video nobody chose a presenter for', () => {
    expect(defaultPresenter({ requested: null, wish: null, avatarIds: looks, voiceId: 'espeak-en-us-female', voices: testVoices })).toBe('amara-studio');
    expect(defaultPresenter({ requested: null, wish: null, avatarIds: looks, voiceId: 'espeak-de-male', voices: testVoices })).toBe('daniel-office');
  });

  it('chooses the person by the prompt: the same one for the same prompt, not one face for every video', () => {
    const pick = (seed: string) => defaultPresenter({ requested: null, wish: null, avatarIds: looks, voiceId: 'espeak-en-us-female', voices: testVoices, seed });
    const prompts = ['Bees matter', 'Our bakery opens', 'How a heat pump works', 'Q3 in figures', 'A new canteen', 'Sleep better', 'Spin classes', 'Carbonara'];
    const chosen = prompts.map(pick);
    expect(chosen).toEqual(prompts.map(pick));
    expect(new Set(chosen).size).toBeGreaterThan(1);
    for (const id of chosen) expect(genderOf(id)).toBe('female');
    // One person's first look: the seed picks people, not outfits.
    for (const id of chosen) expect(id).toBe(listAvatarLooks().find((look) => look.group_id === listAvatarLooks().find((l) => l.id === id)!.group_id)!.id);
  });

  it('keeps the one the request names, and none when the prompt asks for none', () => {
    expect(defaultPresenter({ requested: 'mei-studio', wish: { kind: 'none' }, avatarIds: looks, voiceId: 'espeak-en-us-male', voices: testVoices })).toBe('mei-studio');
    expect(defaultPresenter({ requested: null, wish: { kind: 'none' }, avatarIds: looks, voiceId: 'espeak-en-us-male', voices: testVoices })).toBeNull();
    // avatar_id "none" (ours) asks for none in so many words.
    expect(defaultPresenter({ requested: NO_PRESENTER, wish: null, avatarIds: looks, voiceId: 'espeak-en-us-male', voices: testVoices })).toBeNull();
  });

  it('follows a gender the prompt asks for over the voice’s', () => {
    expect(defaultPresenter({ requested: null, wish: { kind: 'presenter', gender: 'male' }, avatarIds: looks, voiceId: 'espeak-en-us-female', voices: testVoices })).toBe('daniel-office');
  });

  it('chooses none when the server offers no built-in look (uploaded portraits are chosen by id only)', () => {
    expect(presenterLook([], 'female')).toBeNull();
    expect(presenterLook(['photo_abc'], 'female')).toBeNull();
  });

  it('finds the look of the other gender to follow a voice change, and none when the look already matches', () => {
    expect(genderOf(counterpartLook('daniel-office', 'female', looks))).toBe('female');
    expect(counterpartLook('amara-studio', 'female', looks)).toBeNull();
    expect(counterpartLook('photo_abc', 'male', looks)).toBeNull();
  });
});
