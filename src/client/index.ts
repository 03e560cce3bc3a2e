export { VideoAgentClient, parseRetryAfter, settledStatuses, type VideoAgentClientOptions, type RequestOptions, type WaitForOptions } from './video-agent-client.js';
export { VideoAgentError, isVideoAgentError, type VideoAgentErrorCode } from './video-agent-error.js';
export { parseEventStream, type ServerSentEvent } from './parse-event-stream.js';
export type * from './client-types.js';
export type * from './voice-types.js';
