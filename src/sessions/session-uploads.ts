import type { SessionRecord } from '../store/index.js';
import type { SessionContext } from './session-context.js';

export function uploadResourceId(sessionId: string, assetId: string): string {
  return `res_${sessionId.replace(/^ses_/, '')}_${assetId}`;
}

/** Each attached file becomes a `user_uploaded` resource of the session; returns their ids, in order. */
export async function recordUploads(ctx: Pick<SessionContext, 'store' | 'now'>, session: Pick<SessionRecord, 'id' | 'owner'>, assetIds: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const assetId of assetIds) {
    const asset = await ctx.store.getAsset(assetId);
    if (!asset) continue;
    const id = uploadResourceId(session.id, assetId);
    ids.push(id);
    if (await ctx.store.getResource(id, session.id)) continue;
    const kind = asset.mime_type.split('/')[0];
    await ctx.store.insertResource({
      id,
      session_id: session.id,
      owner: session.owner,
      resource_type: kind === 'image' ? 'image' : kind === 'video' ? 'video' : kind === 'audio' ? 'audio' : 'document',
      source_type: 'user_uploaded',
      blob_key: asset.blob_key,
      thumbnail_key: kind === 'image' ? asset.blob_key : null,
      preview_key: null,
      metadata: { asset_id: asset.id, mime_type: asset.mime_type, size_bytes: asset.size_bytes, filename: asset.filename },
      created_at: ctx.now(),
    });
  }
  return ids;
}
