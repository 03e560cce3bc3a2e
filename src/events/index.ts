export type { EventBus, SessionEvent, SessionEventListener, SessionEventMessage } from './event-bus.js';
export { InProcessEventBus } from './in-process-event-bus.js';
export { PostgresEventBus, channelFor, type PostgresEventBusOptions } from './postgres-event-bus.js';
export { createEventBus, type EventBusConfig } from './create-event-bus.js';
export { messageEventOf, readSessionEvent, statusEventOf, type EventStore } from './read-session-event.js';
export { parseSessionNotice, toSessionNotice, type SessionNotice } from './session-notice.js';
