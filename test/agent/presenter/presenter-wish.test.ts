import { describe, expect, it } from 'vitest';
import { presenterWish, withoutPresenterPhrases } from '../../../src/agent/presenter/index.js';

describe('what a prompt or message asks of the presenter', () => {
  it.each([
    'No presenter, please.',
    'Make a video about bees without an avatar',
    "I don't want a presenter",
    'remove the presenter',
    'hide the avatar',
    'voice-over only',
    'Erstelle ein Video über Bienen ohne Moderator.',
    'Bitte keinen Avatar',
    'entferne den Moderator',
    'Une vidéo sur les abeilles, sans présentateur',
    'enlève le présentateur',
    'Un video sobre las abejas sin presentador',
    'quita el presentador',
    'Un video sulle api senza presentatore',
    'Um vídeo sobre abelhas sem apresentador',
    'プレゼンターなし',
  ])('“%s” asks for none', (text) => {
    expect(presenterWish(text)).toEqual({ kind: 'none' });
  });

  it.each([
    ['with a female presenter', 'female'],
    ['use a male presenter', 'male'],
    ['add a presenter', null],
    ['a different presenter', null],
    ['Erstelle ein Video über Bienen mit einer Moderatorin', 'female'],
    ['mit einem männlichen Moderator', 'male'],
    ['avec une présentatrice', 'female'],
    ['con una presentadora', 'female'],
    ['com uma apresentadora', 'female'],
  ] as const)('“%s” asks for one (%s)', (text, gender) => {
    expect(presenterWish(text)).toEqual({ kind: 'presenter', gender });
  });

  it.each(['Make a video about the history of talk show hosts.', 'Our avatars are drawn by hand.', 'The host city is Paris.'])('“%s” says nothing about the presenter', (text) => {
    expect(presenterWish(text)).toBeNull();
  });

  it('takes the presenter phrases out of a request, leaving its topic', () => {
    expect(withoutPresenterPhrases('Make a video about why bees matter, with a female presenter')).toBe('Make a video about why bees matter');
    expect(withoutPresenterPhrases('Erstelle ein Video über Bienen ohne Moderator')).toBe('Erstelle ein Video über Bienen');
  });
});
