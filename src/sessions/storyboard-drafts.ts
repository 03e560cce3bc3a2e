import { createHash } from 'node:crypto';
import type { BlobStore, ResourceRecord, Store } from '../store/index.js';
import { validateStoryboard, storyboardDuration, type Storyboard } from '../storyboard/index.js';
import { sceneVisualSummary } from './scene-visual-summary.js';

export interface SceneImageRenderer {
  (storyboard: Storyboard, sceneIndex: number): Promise<Buffer>;
}

export interface SavedDraft {
  draft: ResourceRecord;
  images: ResourceRecord[];
}

/** Resource ids are derived from the session and version so a retried run writes the same rows, not new ones. */
export function draftResourceId(sessionId: string, version: number): string {
  return `res_${sessionId.replace(/^ses_/, '')}_v${version}`;
}

function sceneImageResourceId(sessionId: string, version: number, sceneId: string): string {
  return `${draftResourceId(sessionId, version)}_${sceneId}`;
}

/** What a scene's picture depends on: an unchanged scene in a new version reuses its image. */
function sceneImageHash(storyboard: Storyboard, sceneIndex: number): string {
  const scene = storyboard.scenes[sceneIndex];
  const { duration_sec: _ignored, narration: _alsoIgnored, ...look } = scene ?? {};
  return createHash('sha256')
    // Everything the image shows: the scene's look, its place ("2 / 6" in the header), style, brand (colours,
    // font, logo), orientation and presenter.
    .update(JSON.stringify([look, sceneIndex, storyboard.scenes.length, storyboard.style_id, storyboard.brand ?? null, storyboard.orientation, storyboard.avatar_id, sceneIndex === 0 ? storyboard.title : '']))
    .digest('hex')
    .slice(0, 24);
}

/**
 * Storyboard versions live as `draft` resources whose blob is the storyboard JSON; each scene gets an `image`
 * resource (a frame of the scene as it will look).
 */
export class StoryboardDrafts {
  constructor(
    private readonly store: Store,
    private readonly blobs: BlobStore,
    private readonly renderSceneImage: SceneImageRenderer,
  ) {}

  async save(sessionId: string, owner: string, storyboard: Storyboard, signal?: AbortSignal): Promise<SavedDraft> {
    const version = storyboard.version;
    const draftId = draftResourceId(sessionId, version);
    const draftKey = `sessions/${sessionId}/drafts/v${version}.json`;
    await this.blobs.put(draftKey, Buffer.from(JSON.stringify(storyboard, null, 2)));

    const images: ResourceRecord[] = [];
    for (const [index, scene] of storyboard.scenes.entries()) {
      signal?.throwIfAborted();
      const imageKey = `sessions/${sessionId}/scenes/${sceneImageHash(storyboard, index)}.jpg`;
      if (!(await this.blobs.stat(imageKey))) {
        await this.blobs.put(imageKey, await this.renderSceneImage(storyboard, index));
      }
      const id = sceneImageResourceId(sessionId, version, scene.id);
      const image: ResourceRecord = {
        id,
        session_id: sessionId,
        owner,
        resource_type: 'image',
        source_type: 'generated',
        blob_key: imageKey,
        thumbnail_key: imageKey,
        preview_key: null,
        metadata: {
          storyboard_version: version,
          scene_id: scene.id,
          scene_number: index + 1,
          layout: scene.layout,
          duration_sec: Math.round(scene.duration_sec * 10) / 10,
          visual: sceneVisualSummary(scene),
        },
        created_at: Date.now(),
      };
      images.push((await this.store.getResource(id, sessionId)) ?? (await this.insert(image)));
    }

    const draft: ResourceRecord = {
      id: draftId,
      session_id: sessionId,
      owner,
      resource_type: 'draft',
      source_type: 'generated',
      blob_key: draftKey,
      thumbnail_key: images[0]?.blob_key ?? null,
      preview_key: null,
      metadata: {
        version,
        title: storyboard.title,
        orientation: storyboard.orientation,
        scene_count: storyboard.scenes.length,
        estimated_duration_sec: Math.round(storyboardDuration(storyboard)),
        voice_id: storyboard.voice_id,
        style_id: storyboard.style_id,
        scene_image_ids: images.map((image) => image.id),
        visual_preference: storyboard.visual_preference ?? null,
        scene_visuals: storyboard.scenes.map((scene) => ({ scene_id: scene.id, ...sceneVisualSummary(scene) })),
      },
      created_at: Date.now(),
    };
    return { draft: (await this.store.getResource(draftId, sessionId)) ?? (await this.insert(draft)), images };
  }

  async load(sessionId: string, version: number): Promise<Storyboard> {
    const bytes = await this.blobs.get(`sessions/${sessionId}/drafts/v${version}.json`);
    return validateStoryboard(JSON.parse(bytes.toString('utf8')));
  }

  /** Every version up to `upTo`, oldest first. */
  async history(sessionId: string, upTo: number): Promise<Storyboard[]> {
    const versions: Storyboard[] = [];
    for (let version = 1; version <= upTo; version++) versions.push(await this.load(sessionId, version));
    return versions;
  }

  private async insert(resource: ResourceRecord): Promise<ResourceRecord> {
    await this.store.insertResource(resource);
    return resource;
  }
}
