import type { AssetRecord, MessageRecord, ResourceRecord, SessionRecord, SessionStatus, Store, VideoRecord } from '../../../src/store/index.js';

type SessionPatch = Partial<Omit<SessionRecord, 'id' | 'owner' | 'created_at'>>;

const copy = <T>(value: T): T => structuredClone(value);

/**
 * The Store in memory, for the methods the session handlers use (the others throw). Rows are copied in and
 * out, as a database would, so a handler cannot change stored state by mutating what it read.
 */
export class MemoryStore {
  readonly id = 'memory';
  readonly sessions = new Map<string, SessionRecord>();
  readonly messages: MessageRecord[] = [];
  readonly resources = new Map<string, ResourceRecord>();
  readonly videos = new Map<string, VideoRecord>();
  readonly assets = new Map<string, AssetRecord>();

  async insertSession(session: SessionRecord): Promise<void> {
    if (this.sessions.has(session.id)) throw new Error(`duplicate session ${session.id}`);
    this.sessions.set(session.id, copy(session));
  }

  async getSession(id: string, owner?: string): Promise<SessionRecord | null> {
    const session = this.sessions.get(id);
    return session && (owner === undefined || session.owner === owner) ? copy(session) : null;
  }

  async updateSession(id: string, patch: SessionPatch): Promise<SessionRecord | null> {
    const session = this.sessions.get(id);
    if (!session) return null;
    return this.apply(session, patch);
  }

  async transitionSession(id: string, from: readonly SessionStatus[], patch: SessionPatch, runId?: string | null): Promise<SessionRecord | null> {
    const session = this.sessions.get(id);
    if (!session || !from.includes(session.status)) return null;
    if (runId !== undefined && (session.run?.run_id ?? null) !== runId) return null;
    return this.apply(session, patch);
  }

  async findSessionsByStatus(statuses: readonly SessionStatus[]): Promise<SessionRecord[]> {
    return [...this.sessions.values()].filter((s) => statuses.includes(s.status)).map(copy);
  }

  async appendMessage(message: Omit<MessageRecord, 'seq'>): Promise<MessageRecord> {
    const seq = this.messages.filter((m) => m.session_id === message.session_id).length + 1;
    const stored = { ...copy(message), seq };
    this.messages.push(stored);
    return copy(stored);
  }

  async listMessages(sessionId: string, limit: number): Promise<MessageRecord[]> {
    return this.messages.filter((m) => m.session_id === sessionId).reverse().slice(0, limit).map(copy);
  }

  async getMessage(id: string): Promise<MessageRecord | null> {
    const message = this.messages.find((m) => m.id === id);
    return message ? copy(message) : null;
  }

  async eraseMessages(sessionId: string): Promise<void> {
    for (const message of this.messages) if (message.session_id === sessionId) message.content = '';
  }

  async insertResource(resource: ResourceRecord): Promise<void> {
    this.resources.set(`${resource.session_id}/${resource.id}`, copy(resource));
  }

  async getResource(id: string, sessionId: string): Promise<ResourceRecord | null> {
    const resource = this.resources.get(`${sessionId}/${id}`);
    return resource ? copy(resource) : null;
  }

  async listResources(sessionId: string): Promise<ResourceRecord[]> {
    return [...this.resources.values()].filter((r) => r.session_id === sessionId).map(copy);
  }

  async insertVideo(video: VideoRecord): Promise<void> {
    this.videos.set(video.id, copy(video));
  }

  async getVideo(id: string, owner?: string): Promise<VideoRecord | null> {
    const video = this.videos.get(id);
    return video && (owner === undefined || video.owner === owner) ? copy(video) : null;
  }

  async updateVideo(id: string, patch: Partial<VideoRecord>): Promise<VideoRecord | null> {
    const video = this.videos.get(id);
    if (!video) return null;
    Object.assign(video, copy(patch));
    return copy(video);
  }

  async insertAsset(asset: AssetRecord): Promise<void> {
    this.assets.set(asset.id, copy(asset));
  }

  async getAsset(id: string, owner?: string): Promise<AssetRecord | null> {
    const asset = this.assets.get(id);
    return asset && (owner === undefined || asset.owner === owner) ? copy(asset) : null;
  }

  /** This object as a Store: a method the handlers are not expected to call throws, naming itself. */
  asStore(): Store {
    return new Proxy(this, {
      get: (target, name, receiver) => {
        const value = Reflect.get(target, name, receiver);
        if (value !== undefined) return typeof value === 'function' ? value.bind(target) : value;
        return () => {
          throw new Error(`MemoryStore.${String(name)} is not implemented: the session handlers were not expected to call it`);
        };
      },
    }) as unknown as Store;
  }

  private apply(session: SessionRecord, patch: SessionPatch): SessionRecord {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) (session as unknown as Record<string, unknown>)[key] = copy(value);
    session.updated_at = Date.now();
    return copy(session);
  }
}
