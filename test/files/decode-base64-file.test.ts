import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/index.js';
import { checkClaimedType, decodeBase64File, sniffMediaType } from '../../src/files/index.js';
import { makeMediaFixtures, type FixtureName } from './media-fixtures.js';

let fixtures: Record<FixtureName, Buffer>;
beforeAll(async () => {
  fixtures = await makeMediaFixtures();
});

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('checkClaimedType', () => {
  it('accepts a matching claim, an alias, or no claim at all', () => {
    const jpeg = sniffMediaType(fixtures.jpeg);
    expect(checkClaimedType(jpeg, 'image/jpeg').mimeType).toBe('image/jpeg');
    expect(checkClaimedType(jpeg, 'image/jpg; charset=binary').mimeType).toBe('image/jpeg');
    expect(checkClaimedType(jpeg, 'application/octet-stream').mimeType).toBe('image/jpeg');
    expect(checkClaimedType(jpeg, null).mimeType).toBe('image/jpeg');
  });

  it('takes the bytes over a claim of another type of the same kind', () => {
    expect(checkClaimedType(sniffMediaType(fixtures.png), 'image/jpeg').mimeType).toBe('image/png');
    expect(checkClaimedType(sniffMediaType(fixtures.mov), 'video/mp4').mimeType).toBe('video/quicktime');
  });

  it('rejects an image claimed when a PDF is given, naming both types', () => {
    const error = caught(() => checkClaimedType(sniffMediaType(fixtures.pdf), 'image/png', 'files[0].media_type'));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.status).toBe(415);
    expect(error.param).toBe('files[0].media_type');
    expect(error.message).toContain('image/png');
    expect(error.message).toContain('application/pdf');
  });

  it('does not let a text claim pass for a PDF', () => {
    expect(caught(() => checkClaimedType(sniffMediaType(fixtures.pdf), 'text/plain')).code).toBe('unsupported_media_type');
  });

  it('rejects unsupported bytes', () => {
    const error = caught(() => checkClaimedType(sniffMediaType(fixtures.avif), 'image/avif', 'files[1].data'));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.param).toBe('files[1].data');
  });
});

describe('decodeBase64File', () => {
  it('decodes a PNG and sniffs it', () => {
    const result = decodeBase64File({ media_type: 'image/png', data: fixtures.png.toString('base64') }, { maxBytes: 1e6, param: 'files[0].data' });
    expect(result.sniffed.mimeType).toBe('image/png');
    expect(Buffer.compare(result.bytes, fixtures.png)).toBe(0);
  });

  it('accepts line-wrapped base64, a data: URL prefix, missing padding and the URL-safe alphabet', () => {
    const b64 = fixtures.wav.toString('base64');
    const wrapped = b64.replace(/(.{76})/g, '$1\r\n');
    expect(decodeBase64File({ media_type: 'audio/wav', data: wrapped }, { maxBytes: 1e6 }).bytes.length).toBe(fixtures.wav.length);
    expect(decodeBase64File({ media_type: 'audio/wav', data: `data:audio/wav;base64,${b64}` }, { maxBytes: 1e6 }).sniffed.extension).toBe('wav');
    expect(decodeBase64File({ media_type: 'audio/wav', data: b64.replace(/=+$/, '') }, { maxBytes: 1e6 }).bytes.length).toBe(fixtures.wav.length);
    const pdf = decodeBase64File({ media_type: 'application/pdf', data: fixtures.pdf.toString('base64url') }, { maxBytes: 1e6 });
    expect(Buffer.compare(pdf.bytes, fixtures.pdf)).toBe(0);
  });

  it('rejects an invalid character with a validation_error naming the data field', () => {
    const data = fixtures.png.toString('base64');
    const error = caught(() => decodeBase64File({ media_type: 'image/png', data: `${data.slice(0, 10)}!${data.slice(10)}` }, { maxBytes: 1e6, param: 'files[2].data' }));
    expect(error.code).toBe('validation_error');
    expect(error.param).toBe('files[2].data');
    expect(error.message).toContain('"!"');
  });

  it('rejects a truncated string, misplaced padding and an empty string', () => {
    const data = fixtures.png.toString('base64');
    expect(caught(() => decodeBase64File({ media_type: 'image/png', data: data.slice(0, 4 * 10 + 1) }, { maxBytes: 1e6 })).code).toBe('validation_error');
    expect(caught(() => decodeBase64File({ media_type: 'image/png', data: 'AB=C' }, { maxBytes: 1e6 })).code).toBe('validation_error');
    expect(caught(() => decodeBase64File({ media_type: 'image/png', data: '' }, { maxBytes: 1e6 })).code).toBe('validation_error');
  });

  it('rejects an oversize file with payload_too_large before decoding', () => {
    const error = caught(() => decodeBase64File({ media_type: 'audio/wav', data: fixtures.wav.toString('base64') }, { maxBytes: 1000, param: 'files[0].data' }));
    expect(error.code).toBe('payload_too_large');
    expect(error.status).toBe(413);
    expect(error.param).toBe('files[0].data');
  });

  it('rejects bytes that disagree with media_type', () => {
    const error = caught(() => decodeBase64File({ media_type: 'image/png', data: fixtures.pdf.toString('base64') }, { maxBytes: 1e6, param: 'files[3].data' }));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.param).toBe('files[3].media_type');
  });

  it('rejects unsupported bytes as unsupported_media_type on the data field', () => {
    const error = caught(() => decodeBase64File({ media_type: 'application/zip', data: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]).toString('base64') }, { maxBytes: 1e6, param: 'files[0].data' }));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.param).toBe('files[0].data');
  });
});
