import type { EventBus } from '../events/index.js';
import type { Store } from '../store/index.js';
import type { MessageLog } from './message-log.js';
import type { SessionAttachments } from './session-attachments.js';
import type { AssetResolver, SessionManagerOptions } from './session-options.js';
import type { SessionWriter } from './session-writer.js';
import type { StoryboardDrafts } from './storyboard-drafts.js';
import type { UsageRecorder } from './usage-recorder.js';
import type { VoiceCatalog } from './voice-catalog.js';

/** The Store as handlers see it: they read sessions, but only `SessionWriter` writes them. */
export type SessionReads = Omit<Store, 'insertSession' | 'updateSession' | 'transitionSession'>;

/** What every handler gets: the injected adapters and settings, plus the helpers shared by the runs. */
export interface SessionContext extends Omit<SessionManagerOptions, 'store' | 'events' | 'now'> {
  store: SessionReads;
  rows: SessionWriter;
  events: EventBus;
  now: () => number;
  messages: MessageLog;
  drafts: StoryboardDrafts;
  attachments: SessionAttachments;
  voices: VoiceCatalog;
  usage: UsageRecorder;
  resolveAsset: AssetResolver;
}
