import Type from 'typebox';

// The shapes the SDK shares live in src/contract; re-exported here for the routes.
export {
  CreateSessionBody,
  CreatedSessionView,
  FileObject,
  Files,
  MessageAccepted,
  MessageView,
  ResourceView,
  SendMessageBody,
  SessionListItem,
  SessionStatusSchema,
  SessionView,
} from '../../contract/index.js';

export const SessionParams = Type.Object({ session_id: Type.String({ minLength: 1, maxLength: 100 }) });
export const ResourceParams = Type.Object({
  session_id: Type.String({ minLength: 1, maxLength: 100 }),
  resource_id: Type.String({ minLength: 1, maxLength: 200 }),
});

