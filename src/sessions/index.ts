export type { SessionService, CreateSessionInput, SendMessageInput, FileInput, SessionEvent } from './session-service.js';
