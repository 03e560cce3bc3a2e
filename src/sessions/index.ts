export type { SessionService, CreateSessionInput, SendMessageInput, FileInput, SessionEvent } from './session-service.js';
export { SessionManager } from './session-manager.js';
export type { SessionManagerOptions, VideoRenderer, SessionNotifier, RenderedFiles } from './session-options.js';
export { SESSION_JOB } from './session-runs.js';
export { sessionTransitions, activeStatuses, isTerminal } from './session-transitions.js';
export { sessionMessages, type SessionMessages } from './messages/index.js';
