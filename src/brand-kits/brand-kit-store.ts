import { createHash } from 'node:crypto';
import { localOwnerLocks, type OwnerLocks } from '../locks/index.js';
import type { BlobStore } from '../store/index.js';
import type { BrandKit } from './brand-kit.js';

/** Where brand kits live. Small on purpose: a table could implement it later without touching callers. */
export interface BrandKitStore {
  put(kit: BrandKit): Promise<void>;
  /** Stores a new kit unless its owner already has `limit`; false then. The count and the write are one step. */
  add(kit: BrandKit, limit: number): Promise<boolean>;
  get(owner: string, id: string): Promise<BrandKit | null>;
  /** Newest first. */
  list(owner: string): Promise<BrandKit[]>;
  /** Whether there was one to delete. */
  delete(owner: string, id: string): Promise<boolean>;
}

/** Owner ids are derived from keys; hash them anyway so a key name never shapes a blob path. */
function ownerDir(owner: string): string {
  return `brand-kits/${createHash('sha256').update(owner).digest('hex').slice(0, 32)}`;
}

const safeId = (id: string): boolean => /^bk_[A-Za-z0-9_-]{1,64}$/.test(id);

/**
 * Brand kits as JSON blobs: `brand-kits/<owner hash>/<id>.json`, plus `index.json` listing the owner's
 * ids (BlobStore cannot list). Writes for one owner hold the owner's 'brand-kits' lock (the Store's, so across
 * processes on PostgreSQL): no index entry is lost and no owner goes past a limit.
 */
export class BlobBrandKitStore implements BrandKitStore {
  constructor(
    private readonly blobs: BlobStore,
    private readonly locks: OwnerLocks = localOwnerLocks(),
  ) {}

  async put(kit: BrandKit): Promise<void> {
    await this.add(kit, Infinity);
  }

  async add(kit: BrandKit, limit: number): Promise<boolean> {
    if (!safeId(kit.id)) throw new Error(`Bad brand kit id ${kit.id}`);
    return this.locked(kit.owner, async () => {
      const ids = await this.index(kit.owner);
      if (!ids.includes(kit.id) && ids.length >= limit) return false;
      await this.blobs.put(`${ownerDir(kit.owner)}/${kit.id}.json`, Buffer.from(JSON.stringify(kit)));
      if (!ids.includes(kit.id)) await this.writeIndex(kit.owner, [kit.id, ...ids]);
      return true;
    });
  }

  async get(owner: string, id: string): Promise<BrandKit | null> {
    if (!safeId(id)) return null;
    const key = `${ownerDir(owner)}/${id}.json`;
    if (!(await this.blobs.stat(key))) return null;
    const kit = JSON.parse((await this.blobs.get(key)).toString('utf8')) as BrandKit;
    return kit.owner === owner ? kit : null;
  }

  async list(owner: string): Promise<BrandKit[]> {
    const kits: BrandKit[] = [];
    for (const id of await this.index(owner)) {
      const kit = await this.get(owner, id);
      if (kit) kits.push(kit);
    }
    return kits.sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1));
  }

  async delete(owner: string, id: string): Promise<boolean> {
    if (!safeId(id)) return false;
    return this.locked(owner, async () => {
      const key = `${ownerDir(owner)}/${id}.json`;
      const existed = (await this.blobs.stat(key)) !== null;
      if (existed) await this.blobs.delete(key);
      const ids = await this.index(owner);
      if (ids.includes(id)) await this.writeIndex(owner, ids.filter((k) => k !== id));
      return existed;
    });
  }

  private async index(owner: string): Promise<string[]> {
    const key = `${ownerDir(owner)}/index.json`;
    if (!(await this.blobs.stat(key))) return [];
    return JSON.parse((await this.blobs.get(key)).toString('utf8')) as string[];
  }

  private async writeIndex(owner: string, ids: string[]): Promise<void> {
    await this.blobs.put(`${ownerDir(owner)}/index.json`, Buffer.from(JSON.stringify(ids)));
  }

  private locked<T>(owner: string, work: () => Promise<T>): Promise<T> {
    return this.locks.withOwnerLock(owner, 'brand-kits', work);
  }
}
