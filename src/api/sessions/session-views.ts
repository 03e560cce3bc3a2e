import { invalid } from '../../errors/index.js';
import type { FileInput } from '../../sessions/index.js';
import type { MessageRecord, ResourceRecord, SessionRecord } from '../../store/index.js';
import type { MediaLinks } from '../media/index.js';
import type { FileObject } from './session-schemas.js';

export const toSeconds = (ms: number): number => Math.floor(ms / 1000);

export function messageView(message: MessageRecord) {
  return {
    role: message.role,
    content: message.content,
    type: message.type,
    created_at: toSeconds(message.created_at),
    resource_ids: message.resource_ids,
  };
}

export function sessionView(session: SessionRecord, messages: MessageRecord[]) {
  return {
    session_id: session.id,
    status: session.status,
    progress: Math.round(session.progress),
    title: session.title,
    video_id: session.video_id,
    created_at: toSeconds(session.created_at),
    mode: session.mode,
    usage: session.usage,
    messages: messages.map(messageView),
  };
}

export function resourceView(resource: ResourceRecord, links: MediaLinks) {
  const link = (key: string | null) => (key ? links.sign(key) : null);
  return {
    resource_id: resource.id,
    resource_type: resource.resource_type,
    source_type: resource.source_type,
    url: link(resource.blob_key),
    thumbnail_url: link(resource.thumbnail_key),
    preview_url: link(resource.preview_key),
    created_at: toSeconds(resource.created_at),
    metadata: resource.metadata,
  };
}

/** Checks the type-specific fields of each file object, naming the field at fault. */
export function toFileInputs(files: FileObject[] | undefined): FileInput[] {
  return (files ?? []).map((file, index): FileInput => {
    const at = `files[${index}]`;
    switch (file.type) {
      case 'url': {
        if (!file.url) throw invalid(`${at}.url`, 'A file of type "url" needs a "url".');
        if (!isHttpUrl(file.url)) throw invalid(`${at}.url`, 'The url must be an absolute http:// or https:// URL.');
        return { type: 'url', url: file.url };
      }
      case 'asset_id':
        if (!file.asset_id) throw invalid(`${at}.asset_id`, 'A file of type "asset_id" needs an "asset_id".');
        return { type: 'asset_id', asset_id: file.asset_id };
      case 'base64':
        if (!file.media_type) throw invalid(`${at}.media_type`, 'A file of type "base64" needs a "media_type".');
        if (!file.data) throw invalid(`${at}.data`, 'A file of type "base64" needs "data".');
        return { type: 'base64', media_type: file.media_type, data: file.data };
    }
  });
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
