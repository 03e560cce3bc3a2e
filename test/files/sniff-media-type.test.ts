import { beforeAll, describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../src/files/index.js';
import { makeMediaFixtures, type FixtureName } from './media-fixtures.js';

let fixtures: Record<FixtureName, Buffer>;
beforeAll(async () => {
  fixtures = await makeMediaFixtures();
});

describe('sniffMediaType on real files', () => {
  const cases: Array<[FixtureName, string, string, string]> = [
    ['png', 'image/png', 'png', 'image'],
    ['jpeg', 'image/jpeg', 'jpg', 'image'],
    ['webp', 'image/webp', 'webp', 'image'],
    ['gif', 'image/gif', 'gif', 'image'],
    ['mp4', 'video/mp4', 'mp4', 'video'],
    ['mov', 'video/quicktime', 'mov', 'video'],
    ['webm', 'video/webm', 'webm', 'video'],
    ['mp3', 'audio/mpeg', 'mp3', 'audio'],
    ['mp3-bare', 'audio/mpeg', 'mp3', 'audio'],
    ['wav', 'audio/wav', 'wav', 'audio'],
    ['pdf', 'application/pdf', 'pdf', 'document'],
  ];
  it.each(cases)('recognises %s from its bytes', (name, mimeType, extension, kind) => {
    expect(sniffMediaType(fixtures[name])).toEqual({ mimeType, extension, kind });
  });

  it('ignores a misleading file name for binary types', () => {
    expect(sniffMediaType(fixtures.png, { filename: 'notes.md' })?.mimeType).toBe('image/png');
  });

  it('rejects an AVIF still even though it has an ftyp box like mp4', () => {
    expect(sniffMediaType(fixtures.avif)).toBeNull();
  });

  it('rejects a truncated header and random binary', () => {
    expect(sniffMediaType(fixtures.png.subarray(0, 4))).toBeNull();
    expect(sniffMediaType(new Uint8Array([0x00, 0x01, 0x02, 0xfe, 0x10, 0x00]))).toBeNull();
    expect(sniffMediaType(new Uint8Array(0))).toBeNull();
  });
});

describe('sniffMediaType on text', () => {
  const enc = (text: string) => new TextEncoder().encode(text);

  it('takes valid UTF-8 prose as plain text', () => {
    expect(sniffMediaType(enc('Our product launch is on Monday.\nPrices start at 9 €. Ça va?\n'))).toEqual({
      mimeType: 'text/plain',
      extension: 'txt',
      kind: 'document',
    });
  });

  it('calls text markdown when the file name says so', () => {
    expect(sniffMediaType(enc('Just a line.'), { filename: 'Brief.MD' })?.mimeType).toBe('text/markdown');
    expect(sniffMediaType(enc('Just a line.'), { filename: 'brief.markdown' })?.mimeType).toBe('text/markdown');
  });

  it('calls text markdown when it clearly looks like markdown', () => {
    const md = '# Launch plan\n\nWe ship **three** things:\n\n- speed\n- price\n\nSee [the site](https://example.com).\n';
    expect(sniffMediaType(enc(md))?.mimeType).toBe('text/markdown');
    expect(sniffMediaType(enc('```ts\nconst a = 1;\n```\n'))?.mimeType).toBe('text/markdown');
  });

  it('does not call ordinary prose with a dash markdown', () => {
    expect(sniffMediaType(enc('Call me at 5 - or later.\nThanks!'))?.mimeType).toBe('text/plain');
  });

  it('rejects text with NUL or control bytes, invalid UTF-8, or only whitespace', () => {
    expect(sniffMediaType(enc('hello\u0000world'))).toBeNull();
    expect(sniffMediaType(enc('bell\u0007'))).toBeNull();
    expect(sniffMediaType(new Uint8Array([0x68, 0x69, 0xc3, 0x28]))).toBeNull();
    expect(sniffMediaType(enc(' \n\t '))).toBeNull();
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(sniffMediaType(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('hi there')]))?.mimeType).toBe('text/plain');
  });
});
