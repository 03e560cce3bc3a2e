import { expect } from 'vitest';

/** A session's messages (newest first, as listed) as "role:first line", oldest first. */
export function answerLog(messages: readonly { role: string; content: string }[]): string[] {
  return [...messages].reverse().map((m) => `${m.role}:${m.content.split('\n')[0]}`);
}

/** The log of a chat where "remove the last scene" and "looks good" were sent while the plan ran. */
export const twoQueuedMessagesAnswered = [
  'user:A short video about why bees matter',
  'user:remove the last scene',
  'user:looks good',
  'model:Here is a plan.',
  'model:Applied "remove the last scene".',
  expect.stringMatching(/^model:Great\. Rendering storyboard v2 now/),
  expect.stringMatching(/^model:Your video is ready/),
];
