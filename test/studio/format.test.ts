import { describe, expect, it } from 'vitest';
import { clock, isBusy, narrationFeedback, srtToVtt, timeAgo } from '../../web/src/format.js';

describe('the studio formatting helpers', () => {
  it('turns SRT into WebVTT for the player', () => {
    const srt = '\uFEFF1\r\n00:00:00,000 --> 00:00:02,500\r\nHello there.\r\n\r\n2\r\n00:00:02,500 --> 00:01:04,010\r\nBees matter.\r\n';
    expect(srtToVtt(srt)).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nHello there.\n\n2\n00:00:02.500 --> 00:01:04.010\nBees matter.\n');
  });

  it('writes a narration edit as the feedback sentence the agent understands, without breaking its quotes', () => {
    expect(narrationFeedback(2, '  Bees  pollinate\na third of "our" crops. ')).toBe('Change the narration of scene 2 to "Bees pollinate a third of \u201Dour\u201D crops."');
  });

  it('says how long ago a session started', () => {
    const now = Date.UTC(2026, 0, 10, 12, 0, 0);
    expect(timeAgo(now / 1000 - 5, now)).toBe('just now');
    expect(timeAgo(now / 1000 - 300, now)).toBe('5 min ago');
    expect(timeAgo(now / 1000 - 3 * 3600, now)).toBe('3 h ago');
    expect(timeAgo(now / 1000 - 10 * 86_400, now)).toMatch(/2025|2026/);
  });

  it('formats durations and knows when the agent is busy', () => {
    expect(clock(65.4)).toBe('1:05');
    expect(clock(8)).toBe('0:08');
    expect(isBusy('thinking')).toBe(true);
    expect(isBusy('generating')).toBe(true);
    expect(isBusy('reviewing')).toBe(false);
  });
});
