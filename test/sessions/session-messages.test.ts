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
    expect(sessionLanguage({ prompt: 'Ein kurzes Video über die Bienen' }, { language: 'fr' })).toBe('fr');
  });

  it('say how many queued messages a stop dropped', () => {
    const text = sessionMessages('en');
    expect(text.stopped('agent', false, 0)).toBe('Stopped the agent at your request. The storyboard and messages so far are kept; send a message to carry on.');
    expect(text.stopped('render', true, 1)).toBe('Stopped rendering at your request. The message sent while it was busy was not applied. This session has ended; start a new one to try again.');
  });
});
