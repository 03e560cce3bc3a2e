import { french, german, italian, polish, portuguese, spanish, turkish } from './european-messages.js';
import { arabic, chinese, hindi, japanese, korean, russian, ukrainian } from './other-script-messages.js';
import type { SessionMessages } from './session-messages-shape.js';

export type { SessionMessages } from './session-messages-shape.js';

function formatSeconds(seconds: number): string {
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${Math.round(seconds)} s`;
}

const english: SessionMessages = {
  stopped: (what, ended, dropped) => {
    const stopped = `Stopped ${what === 'render' ? 'rendering' : 'the agent'} at your request.`;
    const queued = dropped === 0 ? '' : ` ${dropped === 1 ? 'The message' : `The ${dropped} messages`} sent while it was busy ${dropped === 1 ? 'was' : 'were'} not applied.`;
    return ended
      ? `${stopped}${queued} This session has ended; start a new one to try again.`
      : `${stopped}${queued} The storyboard and messages so far are kept; send a message to carry on.`;
  },
  stoppedByUser: 'Stopped by the user.',
  couldNotPlan: (reason) => `I could not plan this video: ${reason} Send a message to try again.`,
  couldNotRevise: (reason) => `I could not apply that: ${reason} The storyboard is unchanged.`,
  renderingItNow: 'Rendering it now.',
  renderingVersion: (plannerMessage, version, seconds) =>
    `${plannerMessage || 'Approved.'} Rendering storyboard v${version} now (about ${Math.round(seconds)} s of video).`,
  videoReady: (duration, orientation, videoId) =>
    `Your video is ready: ${formatSeconds(duration)}, ${orientation === 'portrait' ? '1080×1920' : '1920×1080'}. Video id ${videoId}.`,
  reviewHint:
    'Tell me what to change (for example "make it shorter", "remove scene 3", "move scene 2 to the end", "use a male voice", "make it vertical"), or say "looks good" to render.',
  storyboardHeading: (s) => `Storyboard v${s.version}: "${s.title}" — ${s.scenes} scenes, about ${s.seconds} s, ${s.orientation}, voice ${s.voiceName}.`,
  sceneLine: (s) => `${s.number}. [${s.layout}, ${s.seconds} s] ${s.heading ? `${s.heading} — ` : ''}"${s.narration}"`,
  renderTimedOut: (limit) => `Rendering took longer than the ${limit} s limit and was stopped.`,
  agentTimedOut: (limit) => `The agent took longer than the ${limit} s limit and was stopped.`,
  gaveUpAfterRestarts: (attempts) => `Gave up after ${attempts} attempts: the server restarted during each of them.`,
  lostTrack: 'The session lost track of its work.',
  noStoryboardToRevise: 'There is no storyboard to revise.',
  renderHasNoVideo: 'The render has no video or storyboard.',
  workCancelled: 'The work was cancelled.',
};

const byLanguage: Readonly<Record<string, SessionMessages>> = {
  en: english, de: german, es: spanish, fr: french, it: italian, pt: portuguese, pl: polish, tr: turkish,
  ru: russian, uk: ukrainian, ja: japanese, zh: chinese, cmn: chinese, ko: korean, ar: arabic, hi: hindi,
};

export function sessionMessages(language: string): SessionMessages {
  const tag = language.toLowerCase();
  return byLanguage[tag] ?? byLanguage[tag.split(/[-_]/)[0] ?? ''] ?? english;
}
