import { messageEventOf, type EventBus } from '../events/index.js';
import { newId, type MessageRecord, type SessionRecord, type Store } from '../store/index.js';

type NewMessage = Pick<MessageRecord, 'role' | 'type' | 'content'> & Partial<Pick<MessageRecord, 'resource_ids' | 'attachment_ids'>>;

/** The session's message log: appends (each one a `message` event) and the queue of unanswered user messages. */
export class MessageLog {
  constructor(
    private readonly store: Pick<Store, 'appendMessage' | 'listMessages'>,
    private readonly events: EventBus,
    private readonly now: () => number,
  ) {}

  /** The id a message will get, for a run that must name its message before the message is stored. */
  static newId(): string {
    return newId('msg');
  }

  async append(sessionId: string, message: NewMessage & { id?: string }): Promise<MessageRecord> {
    const stored = await this.store.appendMessage({
      id: message.id ?? MessageLog.newId(),
      session_id: sessionId,
      role: message.role,
      type: message.type,
      content: message.content,
      resource_ids: message.resource_ids?.length ? message.resource_ids : null,
      attachment_ids: message.attachment_ids?.length ? message.attachment_ids : null,
      created_at: this.now(),
    });
    this.events.publish({
      type: 'message',
      session_id: sessionId,
      message: messageEventOf(stored),
    });
    return stored;
  }

  async model(sessionId: string, type: MessageRecord['type'], content: string, resourceIds?: string[]): Promise<MessageRecord> {
    return this.append(sessionId, { role: 'model', type, content, resource_ids: resourceIds ?? null });
  }

  /** User messages, oldest first, up to and including `seq`. */
  async userMessagesUpTo(sessionId: string, seq: number): Promise<MessageRecord[]> {
    return (await this.userMessages(sessionId)).filter((m) => m.seq <= seq);
  }

  /** User messages sent while the agent was busy and not yet answered, oldest first. */
  async queued(session: Pick<SessionRecord, 'id' | 'answered_seq'>): Promise<MessageRecord[]> {
    return (await this.userMessages(session.id)).filter((m) => m.seq > session.answered_seq);
  }

  private async userMessages(sessionId: string): Promise<MessageRecord[]> {
    return (await this.store.listMessages(sessionId, 1000)).filter((m) => m.role === 'user').reverse();
  }
}
