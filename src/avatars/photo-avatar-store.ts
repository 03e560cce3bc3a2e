import { createHash, randomBytes } from 'node:crypto';
import { localOwnerLocks, type OwnerLocks } from '../locks/index.js';
import type { BlobStore } from '../store/index.js';

/** A look made from an uploaded portrait: `avatar_id` is its id; the picture is the asset's blob. */
export interface PhotoAvatar {
  id: string;
  owner: string;
  name: string;
  asset_id: string;
  /** The uploaded image's blob (kept by the asset; the look only points at it). */
  blob_key: string;
  /** The asset's sha256 when known: part of render cache keys, so a different picture draws afresh. */
  image_sha256: string | null;
  image_width: number;
  image_height: number;
  created_at: number;
}

/** A new photo look id: 96 random bits, unguessable, since its preview URLs need no API key. */
export function newPhotoAvatarId(): string {
  return `photo_${randomBytes(12).toString('hex')}`;
}

export const isPhotoAvatarId = (id: string): boolean => /^photo_[0-9a-f]{24}$/.test(id);

function ownerIndexKey(owner: string): string {
  return `avatars/photo/owners/${createHash('sha256').update(owner).digest('hex').slice(0, 32)}.json`;
}
const lookKey = (id: string): string => `avatars/photo/looks/${id}.json`;

/**
 * Photo looks as JSON blobs: `avatars/photo/looks/<id>.json` (found by id alone, for the public preview routes
 * and the renderer) and `avatars/photo/owners/<owner hash>.json` listing each key's ids (BlobStore cannot
 * list). Writes for one owner hold the owner's 'photo-avatars' lock (the Store's, so across processes on
 * PostgreSQL): no index entry is lost and no owner goes past a limit.
 */
export class BlobPhotoAvatarStore {
  constructor(
    private readonly blobs: BlobStore,
    private readonly locks: OwnerLocks = localOwnerLocks(),
  ) {}

  async put(look: PhotoAvatar): Promise<void> {
    await this.add(look, Infinity);
  }

  /** Stores a new look unless its owner already has `limit`; false then. The count and the write are one step. */
  async add(look: PhotoAvatar, limit: number): Promise<boolean> {
    if (!isPhotoAvatarId(look.id)) throw new Error(`Bad photo avatar id ${look.id}`);
    return this.locks.withOwnerLock(look.owner, 'photo-avatars', async () => {
      const ids = await this.index(look.owner);
      if (!ids.includes(look.id) && ids.length >= limit) return false;
      await this.blobs.put(lookKey(look.id), Buffer.from(JSON.stringify(look)));
      if (!ids.includes(look.id)) await this.blobs.put(ownerIndexKey(look.owner), Buffer.from(JSON.stringify([look.id, ...ids])));
      return true;
    });
  }

  /** A look by id, whoever owns it (the id is the capability); with `owner`, only that key's. */
  async get(id: string, owner?: string): Promise<PhotoAvatar | null> {
    if (!isPhotoAvatarId(id)) return null;
    if (!(await this.blobs.stat(lookKey(id)))) return null;
    const look = JSON.parse((await this.blobs.get(lookKey(id))).toString('utf8')) as PhotoAvatar;
    return owner === undefined || look.owner === owner ? look : null;
  }

  /** Newest first. */
  async list(owner: string): Promise<PhotoAvatar[]> {
    const looks: PhotoAvatar[] = [];
    for (const id of await this.index(owner)) {
      const look = await this.get(id, owner);
      if (look) looks.push(look);
    }
    return looks.sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1));
  }

  private async index(owner: string): Promise<string[]> {
    const key = ownerIndexKey(owner);
    if (!(await this.blobs.stat(key))) return [];
    return JSON.parse((await this.blobs.get(key)).toString('utf8')) as string[];
  }
}
