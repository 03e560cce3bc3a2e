import { VideoAgentClient, VideoAgentError, type SessionEvent } from '../../src/client/index.js';
import type { AvatarLook, CreateSessionRequest, Page, Resource, Session, SessionMessage, SessionSummary, Storyboard, Style, Video, Voice, Asset, VisualHit, VisualSearchQuery, VisualSearchResult } from '../../src/client/index.js';

/**
 * What the studio calls, over the typed SDK (src/client): the studio talks to the server through the
 * public API only. Kept as one small surface so the views need not know the SDK's options.
 */
export type { Asset, Page, Resource, Session, Storyboard, Style, Video, Voice, VisualHit, VisualSearchResult };
export type Message = SessionMessage;
export type SessionItem = SessionSummary;
export type Look = AvatarLook;
export type CreateSessionInput = CreateSessionRequest;
export type FileObject = { type: 'asset_id'; asset_id: string };
export { VideoAgentError as ApiError };

export class Api {
  private readonly client: VideoAgentClient;

  constructor(
    readonly apiKey: string,
    private readonly base = location.origin,
  ) {
    this.client = new VideoAgentClient({ baseUrl: base, apiKey, retries: 2 });
  }

  listSessions(limit = 50): Promise<Page<SessionItem>> {
    return this.client.listSessions({ limit });
  }
  getSession(id: string): Promise<Session> {
    return this.client.getSession(id);
  }
  createSession(input: CreateSessionInput): Promise<{ session_id: string; status: string }> {
    return this.client.createSession(input);
  }
  sendMessage(id: string, message: string): Promise<unknown> {
    return this.client.sendMessage(id, { message });
  }
  stop(id: string): Promise<unknown> {
    return this.client.stopSession(id);
  }
  getResource(sessionId: string, resourceId: string): Promise<Resource> {
    return this.client.getResource(sessionId, resourceId);
  }
  getVideo(id: string): Promise<Video> {
    return this.client.getVideo(id);
  }
  /** Every voice (a few pages at most): the picker groups them by language. */
  async listVoices(): Promise<Voice[]> {
    const voices: Voice[] = [];
    for await (const voice of this.client.paginate((query) => this.client.listVoices(query), { limit: 100 })) voices.push(voice);
    return voices;
  }
  listStyles(): Promise<Page<Style>> {
    return this.client.listStyles({ limit: 100 });
  }
  listLooks(): Promise<Page<Look>> {
    return this.client.listAvatarLooks({ limit: 100 });
  }
  searchVisuals(query: VisualSearchQuery, signal?: AbortSignal): Promise<VisualSearchResult> {
    return this.client.searchVisuals(query, signal ? { signal } : {});
  }
  uploadAsset(file: File): Promise<Asset> {
    return this.client.uploadAsset(file, file.name);
  }
  /** A signed media link (no key needed), e.g. a draft's JSON or the subtitles. */
  download(url: string, signal?: AbortSignal): Promise<Response> {
    return this.client.download(url, signal ? { signal } : {});
  }

  /** Whether the server implements a path, from its public OpenAPI document (so no 404 reaches the console). */
  async hasEndpoint(path: string): Promise<boolean> {
    try {
      const response = await fetch(`${this.base}/openapi.json`);
      if (!response.ok) return false;
      const doc = (await response.json()) as { paths?: Record<string, unknown> };
      return Object.hasOwn(doc.paths ?? {}, path);
    } catch {
      return false;
    }
  }

  /** Follows a session's Server-Sent Events (the SDK reads them with fetch: EventSource cannot send X-Api-Key). */
  events(sessionId: string, signal: AbortSignal): AsyncGenerator<SessionEvent> {
    return this.client.events(sessionId, { signal });
  }
}
