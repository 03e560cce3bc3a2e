import { AppError, invalid } from '../errors/index.js';
import { checkClaimedType } from './check-claimed-type.js';
import { sniffMediaType, type SniffedType } from './sniff-media-type.js';

export interface DecodedFile {
  bytes: Buffer;
  sniffed: SniffedType;
}

export interface DecodeBase64Options {
  maxBytes: number;
  /**
   * The data field's path in the request, e.g. "files[2].data" (default "data"). Errors about the bytes name it;
   * a disagreeing label names its sibling "files[2].media_type".
   */
  param?: string;
}

/** Standard or URL-safe alphabet, padded or not (line breaks and spaces are removed first). */
const BASE64 = /^(?:[A-Za-z0-9+/]*|[A-Za-z0-9_-]*)={0,2}$/;

/**
 * Decodes a `{type: "base64"}` file object strictly: invalid characters or a broken length are a
 * validation_error, an oversize file payload_too_large (checked before decoding), and the bytes are sniffed
 * and checked against `media_type`.
 */
export function decodeBase64File(file: { media_type?: string | null; data: string }, options: DecodeBase64Options): DecodedFile {
  const dataParam = options.param ?? 'data';
  const mediaTypeParam = dataParam.endsWith('data') ? `${dataParam.slice(0, -'data'.length)}media_type` : dataParam;
  if (typeof file.data !== 'string') throw invalid(dataParam, `${dataParam} must be a base64 string.`);
  let text = file.data.replace(/[\t\n\r ]+/g, '');
  // Clients often paste a data: URL; its header carries nothing we trust.
  const dataUrl = /^data:[^,]*;base64,/i.exec(text);
  if (dataUrl) text = text.slice(dataUrl[0].length);
  if (text === '') throw invalid(dataParam, `${dataParam} is empty.`);
  if (!BASE64.test(text)) {
    const bad = /[^A-Za-z0-9+/_=-]/.exec(text);
    const detail = bad ? `an invalid character "${bad[0]}" at position ${bad.index}` : 'a mix of alphabets or misplaced padding';
    throw invalid(dataParam, `${dataParam} is not valid base64: it has ${detail}.`);
  }
  const unpadded = text.replace(/=+$/, '');
  if (unpadded.length % 4 === 1 || (text.length !== unpadded.length && text.length % 4 !== 0)) {
    throw invalid(dataParam, `${dataParam} is not valid base64: its length is wrong (truncated?).`);
  }
  const size = Math.floor((unpadded.length * 3) / 4);
  if (size > options.maxBytes) {
    throw new AppError('payload_too_large', `${dataParam} decodes to ${size} bytes; the limit is ${options.maxBytes}.`, { param: dataParam });
  }
  const bytes = Buffer.from(unpadded, unpadded.includes('-') || unpadded.includes('_') ? 'base64url' : 'base64');
  const found = sniffMediaType(bytes);
  // Unsupported bytes are the data's fault; a disagreeing label is media_type's.
  const sniffed = checkClaimedType(found, file.media_type, found ? mediaTypeParam : dataParam);
  return { bytes, sniffed };
}
