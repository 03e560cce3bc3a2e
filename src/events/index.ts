export type { EventBus, SessionEvent, SessionEventListener, SessionEventMessage } from './event-bus.js';
export { InProcessEventBus } from './in-process-event-bus.js';
