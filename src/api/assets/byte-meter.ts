import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../errors/index.js';
import type { BlobStore } from '../../store/index.js';

const headBytes = 64 * 1024;

/**
 * Passes bytes through while counting them, hashing them (SHA-256) and keeping the first 64 KiB for
 * sniffing; fails with 413 past `maxBytes`, so an upload is never buffered whole.
 */
export class ByteMeter extends Transform {
  size = 0;
  private readonly hash: Hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      callback(new AppError('payload_too_large', `The file is larger than ${this.maxBytes} bytes.`));
      return;
    }
    this.hash.update(chunk);
    if (this.headLength < headBytes) {
      const part = chunk.subarray(0, headBytes - this.headLength);
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    callback(null, chunk);
  }

  /**
   * Stores what flows through under `key`. The meter may fail (413) before the store attaches to it,
   * so the failure is held here and rethrown rather than left unhandled.
   */
  async into(blobs: BlobStore, key: string): Promise<void> {
    let failure: unknown = null;
    this.on('error', (error) => {
      failure ??= error;
    });
    try {
      await blobs.put(key, this);
    } catch (error) {
      throw failure ?? error;
    }
    if (failure !== null) throw failure;
  }

  sha256(): string {
    return this.hash.copy().digest('hex');
  }

  /** The first bytes, cut back to a whole UTF-8 character when the file goes on (text sniffing is strict). */
  head(): Buffer {
    const head = Buffer.concat(this.headChunks);
    return this.size > head.length ? trimToUtf8Boundary(head) : head;
  }
}

/** Drops a multi-byte UTF-8 character cut by the end of the buffer. */
export function trimToUtf8Boundary(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (byte < 0x80) return bytes;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return needed > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}
