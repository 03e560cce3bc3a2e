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

/** A model of GET /v3/models. */
export interface ModelItem {
  model_id: string;
  engine: string;
  title: string;
  languages: string[];
  licence: string;
  size_bytes: number;
  installed: boolean;
  curated: boolean;
  voice_ids: string[];
  pull: { type: string; received_bytes?: number; total_bytes?: number | null; message?: string } | null;
}

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

  /** Which planner writes storyboards (GET /health, no key): its id, or null when the server does not say. */
  async planner(): Promise<{ active: string; fallbacks: string[] } | null> {
    try {
      const response = await fetch(`${this.base}/health`);
      if (!response.ok) return null;
      return ((await response.json()) as { planner?: { active: string; fallbacks: string[] } }).planner ?? null;
    } catch {
      return null;
    }
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

  /** The model catalogue (neural voices) and the first-run hint; `all` includes every Piper voice. */
  async listModels(all = false): Promise<{ data: ModelItem[]; hint: string | null }> {
    return (await this.modelsCall('GET', `/v3/models${all ? '?all=true' : ''}`)) as { data: ModelItem[]; hint: string | null };
  }
  pullModel(id: string): Promise<unknown> {
    return this.modelsCall('POST', `/v3/models/${encodeURIComponent(id)}/pull`);
  }
  removeModel(id: string): Promise<unknown> {
    return this.modelsCall('DELETE', `/v3/models/${encodeURIComponent(id)}`);
  }
  /** A pull's events (progress, then installed or failed), read from the SSE stream with fetch. */
  async *modelEvents(id: string, signal: AbortSignal): AsyncGenerator<{ type: string; data: Record<string, unknown> }> {
    const response = await fetch(`${this.base}/v3/models/${encodeURIComponent(id)}/events`, { headers: { 'x-api-key': this.apiKey }, signal });
    if (!response.ok || response.body === null) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (type && data) yield { type, data: JSON.parse(data) as Record<string, unknown> };
      }
    }
  }

  /** /v3/models is ours (not in the hosted API), so the SDK does not wrap it. */
  private async modelsCall(method: string, path: string): Promise<unknown> {
    const response = await fetch(`${this.base}${path}`, { method, headers: { 'x-api-key': this.apiKey } });
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
    return body;
  }

  /** Follows a session's Server-Sent Events (the SDK reads them with fetch: EventSource cannot send X-Api-Key). */
  events(sessionId: string, signal: AbortSignal): AsyncGenerator<SessionEvent> {
    return this.client.events(sessionId, { signal });
  }
}
