// Its own file so the language tables can take the type without importing the module that imports them.
/**
 * Every sentence the session layer says to a user (chat messages, failure reasons, webhook `msg`), in one place
 * so it can be translated. `sessionMessages(language)` picks the table for a BCP-47-ish tag ("en", "de",
 * "pt-br"); a language without a table falls back to English.
 */
export interface SessionMessages {
  /** After a stop; `ended`: the session is over (generate mode), else the chat can carry on. */
  stopped(what: 'render' | 'agent', ended: boolean, droppedMessages: number): string;
  stoppedByUser: string;
  couldNotPlan(reason: string): string;
  couldNotRevise(reason: string): string;
  /** Ends the storyboard message when the render starts at once. */
  renderingItNow: string;
  /** The answer to an approval: `plannerMessage` is the planner's own words, if any. */
  renderingVersion(plannerMessage: string, version: number, seconds: number): string;
  videoReady(durationSec: number, orientation: 'landscape' | 'portrait', videoId: string): string;
  reviewHint: string;
  storyboardHeading(s: { version: number; title: string; scenes: number; seconds: number; orientation: string; voiceName: string }): string;
  sceneLine(s: { number: number; layout: string; seconds: number; heading: string; narration: string }): string;
  renderTimedOut(limitSec: number): string;
  agentTimedOut(limitSec: number): string;
  gaveUpAfterRestarts(attempts: number): string;
  lostTrack: string;
  noStoryboardToRevise: string;
  renderHasNoVideo: string;
  workCancelled: string;
}
