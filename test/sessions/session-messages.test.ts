import { describe, expect, it } from 'vitest';
import { sessionMessages } from '../../src/sessions/index.js';
import { sessionLanguage } from '../../src/sessions/session-language.js';

describe('the session messages', () => {
  it('are English for English, and for any language without its own table yet', () => {
    expect(sessionMessages('en').stoppedByUser).toBe('Stopped by the user.');
    expect(sessionMessages('en-GB').videoReady(75, 'portrait', 'vid_1')).toBe('Your video is ready: 1 min 15 s, 1080×1920. Video id vid_1.');
    expect(sessionMessages('xx').couldNotPlan('No words.')).toBe('I could not plan this video: No words. Send a message to try again.');
  });

  it("take the session's language from its storyboard, else from its prompt", () => {
    expect(sessionLanguage({ prompt: 'Ein kurzes Video über die Bienen und warum sie für uns wichtig sind' }, null)).toBe('de');
    // The user's own language wins: a German request for a French video is answered in German.
    expect(sessionLanguage({ prompt: 'Ein kurzes Video über die Bienen' }, { language: 'fr' })).toBe('de');
    expect(sessionLanguage({ prompt: 'Bees' }, { language: 'fr' })).toBe('fr');
  });

  it('say how many queued messages a stop dropped', () => {
    const text = sessionMessages('en');
    expect(text.stopped('agent', false, 0)).toBe('Stopped the agent at your request. The storyboard and messages so far are kept; send a message to carry on.');
    expect(text.stopped('render', true, 1)).toBe('Stopped rendering at your request. The message sent while it was busy was not applied. This session has ended; start a new one to try again.');
  });
});

describe('the session messages in the agent languages', () => {
  const languages = ['de', 'es', 'fr', 'it', 'pt', 'pl', 'tr', 'ru', 'uk', 'ja', 'zh', 'ko', 'ar', 'hi'];

  it.each(languages)('%s has its own sentences for every message, none left in English', (language) => {
    const text = sessionMessages(language);
    const english = sessionMessages('en');
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      const sample = (table: typeof english) => {
        const value = table[key] as unknown;
        return typeof value === 'string' ? value : (value as (...args: unknown[]) => string)('x', 2, 30, 'vid_1');
      };
      expect(sample(text), key).not.toBe(sample(english));
    }
    expect(text.videoReady(75, 'portrait', 'vid_1')).toContain('1080×1920');
  });

  it('a Japanese or Russian user is told the video is ready in their language', () => {
    expect(sessionMessages(sessionLanguage({ prompt: '10秒の動画を作ってください。' })).videoReady(10, 'landscape', 'vid_1')).toBe('動画ができました：10秒、1920×1080。動画ID vid_1。');
    expect(sessionMessages(sessionLanguage({ prompt: 'Сделай видео на 10 секунд.' })).videoReady(10, 'landscape', 'vid_1')).toBe('Ваше видео готово: 10 с, 1920×1080. ID видео vid_1.');
  });
});
