import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { assertBlobKey } from './blob-key.js';
import type { BlobInfo, BlobStore, PresignedResponseHeaders } from './blob-store.js';

export interface S3BlobStoreOptions {
  bucket: string;
  /** Key prefix inside the bucket (e.g. `ova/`), so one bucket can hold several deployments. */
  prefix?: string;
  /** An S3-compatible endpoint (MinIO, R2, s3rver); omit for AWS. */
  endpoint?: string;
  region?: string;
  /** Path-style URLs (`endpoint/bucket/key`), which most S3-compatible servers need. */
  forcePathStyle?: boolean;
  /** Explicit credentials; by default the AWS SDK reads AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, profiles, roles. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Where localPath() keeps downloaded copies. Default: `<os tmp>/ova-s3-cache`. */
  cacheDir?: string;
}

/** Error names the SDK uses for "no such object" (HEAD answers carry no body, so only the status says it). */
function isNotFound(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
  }
  return false;
}

/** The `length` bytes of `source` after skipping `skip`; ends (and releases the source) once they are out. */
function sliceStream(source: Readable, skip: number, length: number): Readable {
  let toSkip = skip;
  let left = length;
  async function* slice(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      let buffer = Buffer.from(chunk as Buffer);
      if (toSkip > 0) {
        const dropped = Math.min(toSkip, buffer.length);
        buffer = buffer.subarray(dropped);
        toSkip -= dropped;
      }
      if (buffer.length === 0) continue;
      const taken = buffer.subarray(0, left);
      left -= taken.length;
      yield taken;
      if (left <= 0) break;
    }
    source.destroy();
  }
  return Readable.from(slice());
}

const PUT_ATTEMPTS = 3;
const cutCodes = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED']);

/** A request that failed because its connection was cut or refused ("socket hang up"), not because S3 said no. */
function isConnectionCut(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && cutCodes.has(code)) || /socket hang up/i.test(String((error as Error | null)?.message ?? ''));
}

/**
 * Blobs in an S3 bucket (AWS or any S3-compatible server), for API processes and workers on different machines.
 * Uploads are single PUTs with a known length (a stream is spooled to a temp file first), so a failed stream
 * never reaches the bucket and an object is always replaced whole. `localPath` downloads to a cache keyed by
 * the object's ETag, so ffmpeg reads a local file and a changed object is fetched again.
 */
export class S3BlobStore implements BlobStore {
  readonly id = 's3';
  readonly bucket: string;
  private readonly client: S3Client;
  private readonly prefix: string;
  private readonly cacheDir: string;

  constructor(options: S3BlobStoreOptions) {
    if (!options.bucket) throw new TypeError('S3BlobStore needs a bucket name');
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
    if (this.prefix !== '') assertBlobKey(this.prefix.replace(/\/$/, ''));
    if (this.prefix !== '' && !this.prefix.endsWith('/')) this.prefix += '/';
    this.cacheDir = options.cacheDir ?? join(tmpdir(), 'ova-s3-cache');
    this.client = new S3Client({
      region: options.region ?? 'us-east-1',
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // Checksums only where S3 requires them: many S3-compatible servers reject the newer default trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, data: Buffer | Readable): Promise<BlobInfo> {
    assertBlobKey(key);
    if (Buffer.isBuffer(data)) {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Body: data, ContentLength: data.length }));
      return { size: data.length };
    }
    // S3 wants the length up front; spool the stream so a broken one fails here, before anything is uploaded.
    const spool = await this.tempPath();
    try {
      await pipeline(data, createWriteStream(spool));
      return await this.putFile(key, spool);
    } finally {
      await rm(spool, { force: true });
    }
  }

  async putFile(key: string, path: string): Promise<BlobInfo> {
    assertBlobKey(key);
    const { size } = await stat(path);
    // The SDK cannot resend a file stream it has consumed, so a connection cut mid-upload is retried here, each
    // attempt reading the file afresh.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Body: createReadStream(path), ContentLength: size }),
        );
        return { size };
      } catch (error) {
        if (attempt >= PUT_ATTEMPTS || !isConnectionCut(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
      }
    }
  }

  async get(key: string): Promise<Buffer> {
    assertBlobKey(key);
    const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    return Buffer.from(await (response.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
  }

  async stream(key: string, range?: { start: number; end: number }): Promise<Readable> {
    assertBlobKey(key);
    const response = await this.client.send(
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
      }),
    );
    const body = response.Body;
    const readable = body instanceof Readable ? body : Readable.fromWeb((body as { transformToWebStream(): ReadableStream }).transformToWebStream() as never);
    if (range === undefined) return readable;
    // Some S3-compatible servers answer a range they cannot parse (s3rver: `bytes=0-0`) with the whole object;
    // trim to what was asked, from where the answer says it starts.
    const served = /^bytes (\d+)-(\d+)\//.exec(response.ContentRange ?? '');
    const servedStart = served ? Number(served[1]) : 0;
    if (served && servedStart === range.start && Number(served[2]) === range.end) return readable;
    return sliceStream(readable, range.start - servedStart, range.end - range.start + 1);
  }

  async stat(key: string): Promise<BlobInfo | null> {
    assertBlobKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { size: head.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    // S3 answers 204 for a missing key too, which is what the contract wants.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async localPath(key: string): Promise<string> {
    assertBlobKey(key);
    const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    const version = createHash('sha256')
      .update(`${this.bucket}\0${this.objectKey(key)}\0${head.ETag ?? ''}\0${head.ContentLength ?? 0}`)
      .digest('hex')
      .slice(0, 32);
    // Keep the key's extension: ffmpeg and friends look at it.
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(key)?.[0] ?? '';
    const path = join(this.cacheDir, `${version}${extension}`);
    if (await stat(path).then((s) => s.size === (head.ContentLength ?? s.size), () => false)) return path;
    await mkdir(this.cacheDir, { recursive: true });
    const partial = `${path}.${randomUUID()}.part`;
    try {
      await pipeline(await this.stream(key), createWriteStream(partial));
      // Rename is atomic: concurrent callers each write their own part file and the last rename wins, whole.
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return path;
  }

  /**
   * A time-limited GET link to the object, for media links that go straight to the bucket. The response
   * headers are part of the signed query, so the holder cannot change them.
   */
  async presign(key: string, ttlSec: number, response: PresignedResponseHeaders = {}): Promise<string> {
    assertBlobKey(key);
    if (!Number.isInteger(ttlSec) || ttlSec < 1 || ttlSec > 7 * 24 * 3600) {
      throw new RangeError(`A presigned link lives 1 s to 7 days (S3's limit), got ${ttlSec}`);
    }
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      ...(response.contentType !== undefined ? { ResponseContentType: response.contentType } : {}),
      ...(response.contentDisposition !== undefined ? { ResponseContentDisposition: response.contentDisposition } : {}),
    });
    return getSignedUrl(this.client, command, { expiresIn: ttlSec });
  }

  close(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    return this.prefix + key;
  }

  private async tempPath(): Promise<string> {
    const folder = join(this.cacheDir, 'spool');
    await mkdir(folder, { recursive: true });
    return join(folder, `${randomUUID()}.part`);
  }
}
