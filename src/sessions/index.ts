export type { SessionService, CreateSessionInput, SendMessageInput, FileInput, SessionEvent } from './session-service.js';
export { SessionManager, SESSION_JOB, type SessionManagerOptions, type VideoRenderer, type SessionNotifier, type RenderedFiles } from './session-manager.js';
export { sessionTransitions, activeStatuses, isTerminal } from './session-transitions.js';
