import type { Readable } from 'node:stream';

export interface BlobInfo {
  size: number;
}

/**
 * Where files live (rendered videos, uploads, scene images). Keys are relative paths like
 * `sessions/<id>/video-<id>.mp4`; adapters map them to a folder or a bucket.
 */
export interface BlobStore {
  readonly id: string;
  put(key: string, data: Buffer | Readable): Promise<BlobInfo>;
  /** Copies a local file in (renders write to a temp folder first). */
  putFile(key: string, path: string): Promise<BlobInfo>;
  get(key: string): Promise<Buffer>;
  /** A byte range, both ends inclusive, as HTTP Range means it. */
  stream(key: string, range?: { start: number; end: number }): Promise<Readable>;
  stat(key: string): Promise<BlobInfo | null>;
  delete(key: string): Promise<void>;
  /** A local path for tools that need a file (ffmpeg); adapters without local files download to a temp file. */
  localPath(key: string): Promise<string>;
  /**
   * A time-limited GET link straight to the object (S3), answering with these response headers; absent when
   * the adapter has none (local files are served through the API).
   */
  presign?(key: string, ttlSec: number, response?: PresignedResponseHeaders): Promise<string>;
}

/** Headers a presigned GET answers with (S3's response-content-type / response-content-disposition). */
export interface PresignedResponseHeaders {
  contentType?: string;
  contentDisposition?: string;
}
