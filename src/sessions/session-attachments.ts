import { createHash } from 'node:crypto';
import { AppError } from '../errors/index.js';
import { decodeBase64File, downloadFile } from '../files/index.js';
import type { OutboundGuard } from '../net/index.js';
import { extractDocumentText, isDocumentMimeType, type Attachment } from '../agent/index.js';
import { newId, type AssetRecord, type BlobStore, type Store } from '../store/index.js';
import type { FileInput } from './session-service.js';

export interface AttachmentLimits {
  maxBytes: number;
  downloadTimeoutMs: number;
  /** Where downloads may go (no private or metadata addresses unless configured). */
  guard?: OutboundGuard;
}

/**
 * Turns the API's file objects into stored assets at request time, so a bad file is a clear 4xx on the
 * request that sent it rather than a failure later in the run.
 */
export class SessionAttachments {
  constructor(
    private readonly store: Store,
    private readonly blobs: BlobStore,
    private readonly limits: AttachmentLimits,
  ) {}

  async resolve(owner: string, files: FileInput[], signal?: AbortSignal): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, file] of files.entries()) {
      const param = `files[${index}]`;
      if (file.type === 'asset_id') {
        const asset = await this.store.getAsset(file.asset_id, owner);
        if (!asset) throw new AppError('asset_not_available', `No asset ${file.asset_id} on this key.`, { param: `${param}.asset_id` });
        if (asset.status !== 'ready') {
          throw new AppError('asset_not_available', `Asset ${file.asset_id} has not been completed yet.`, { param: `${param}.asset_id` });
        }
        ids.push(asset.id);
      } else if (file.type === 'base64') {
        const decoded = decodeBase64File(file, { maxBytes: this.limits.maxBytes, param: `${param}.data` });
        ids.push((await this.storeAsset(owner, decoded.bytes, decoded.sniffed.mimeType, decoded.sniffed.extension, null)).id);
      } else {
        const downloaded = await downloadFile(file.url, {
          maxBytes: this.limits.maxBytes,
          timeoutMs: this.limits.downloadTimeoutMs,
          signal,
          param: `${param}.url`,
          guard: this.limits.guard,
        });
        ids.push(
          (await this.storeAsset(owner, downloaded.bytes, downloaded.sniffed.mimeType, downloaded.sniffed.extension, downloaded.filename)).id,
        );
      }
    }
    return ids;
  }

  /** Loads assets for the planner, with the text of documents extracted. */
  async load(assetIds: readonly string[]): Promise<Attachment[]> {
    const attachments: Attachment[] = [];
    for (const id of assetIds) {
      const asset = await this.store.getAsset(id);
      if (!asset) continue;
      const isDocument = isDocumentMimeType(asset.mime_type);
      const isImage = asset.mime_type.startsWith('image/');
      const bytes = isDocument || isImage ? await this.blobs.get(asset.blob_key) : null;
      const text = isDocument && bytes ? await extractDocumentText(bytes, asset.mime_type) : null;
      // Images travel with their bytes so planners that show them to a model can.
      attachments.push({ asset_id: asset.id, mime_type: asset.mime_type, filename: asset.filename, text, ...(isImage && bytes ? { bytes } : {}) });
    }
    return attachments;
  }

  private async storeAsset(owner: string, bytes: Buffer, mimeType: string, extension: string, filename: string | null): Promise<AssetRecord> {
    const id = newId('ast');
    const blobKey = `assets/${id}.${extension}`;
    await this.blobs.put(blobKey, bytes);
    const asset: AssetRecord = {
      id,
      owner,
      status: 'ready',
      filename,
      mime_type: mimeType,
      size_bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      blob_key: blobKey,
      created_at: Date.now(),
    };
    await this.store.insertAsset(asset);
    return asset;
  }
}
