import { AppError } from '../errors/index.js';
import type { SniffedType } from './sniff-media-type.js';

export const supportedTypesText = 'png, jpeg, webp, gif, mp4, mov, webm, mp3, wav, pdf, plain text or markdown';

/** Claims that say nothing about the content. */
const NO_CLAIM = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/** Aliases clients commonly send, mapped to the name we sniff. */
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-mpeg': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/wave': 'audio/wav',
  'audio/x-wav': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'video/x-m4v': 'video/mp4',
  'application/x-pdf': 'application/pdf',
  'text/x-markdown': 'text/markdown',
};

function normalise(mime: string): string {
  const base = mime.split(';')[0]!.trim().toLowerCase();
  return ALIASES[base] ?? base;
}

function kindOfClaim(mime: string): SniffedType['kind'] | null {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime === 'application/pdf' || mime.startsWith('text/')) return 'document';
  return null;
}

/**
 * Checks bytes against the type a client claimed for them. The bytes decide the type; a claim only has to agree
 * on the kind (an image claimed and a PDF given fails; a PNG labelled image/jpeg is taken as the PNG it is).
 * Returns the sniffed type; throws AppError('unsupported_media_type') for unsupported bytes or a disagreeing claim.
 */
export function checkClaimedType(sniffed: SniffedType | null, claimedMime: string | null | undefined, param?: string): SniffedType {
  const claim = normalise(claimedMime ?? '');
  const where = param ? ` (${param})` : '';
  if (!sniffed) {
    const claimed = NO_CLAIM.has(claim) ? '' : ` It was sent as ${claim}, but the bytes are not a file of that type.`;
    throw new AppError('unsupported_media_type', `The file${where} is not a supported type (${supportedTypesText}).${claimed}`, param === undefined ? {} : { param });
  }
  if (NO_CLAIM.has(claim) || claim === sniffed.mimeType) return sniffed;
  const claimedKind = kindOfClaim(claim);
  // PDF and text are both "documents" but cannot be confused: hold them to their own names.
  const agrees =
    claimedKind === sniffed.kind &&
    (sniffed.kind !== 'document' || (claim === 'application/pdf') === (sniffed.mimeType === 'application/pdf'));
  if (!agrees) {
    throw new AppError(
      'unsupported_media_type',
      `The file${where} was sent as ${claim}, but its bytes are ${sniffed.mimeType}. Send the right media_type or the right file.`,
      param === undefined ? {} : { param },
    );
  }
  return sniffed;
}
