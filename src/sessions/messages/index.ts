export { sessionMessages, type SessionMessages } from './session-messages.js';
