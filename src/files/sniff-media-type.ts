/** What the bytes of a file are, decided from the bytes alone. */
export interface SniffedType {
  mimeType: string;
  /** Without the dot, e.g. "png". */
  extension: string;
  kind: 'image' | 'video' | 'audio' | 'document';
}

export interface SniffOptions {
  /** Only used to tell markdown from plain text (a `.md` / `.markdown` name); never to decide the type. */
  filename?: string | null;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/**
 * ISO base media (mp4/mov): a `ftyp` box first. Its brands also name HEIF/AVIF stills, which we do not
 * take, so only video and audio brands count.
 */
function sniffFtyp(bytes: Uint8Array): SniffedType | null {
  if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const brandsEnd = Math.min(bytes.length, Math.max(16, boxSize));
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= brandsEnd; at += 4) brands.push(ascii(bytes, at, at + 4));
  const major = brands[0]!;
  if (/^(heic|heix|heim|heis|hevc|hevx|mif1|msf1|avif|avis)$/.test(major)) return null;
  if (major === 'qt  ') return { mimeType: 'video/quicktime', extension: 'mov', kind: 'video' };
  if (/^M4[AB] $/.test(major)) return { mimeType: 'audio/mp4', extension: 'm4a', kind: 'audio' };
  const videoBrand = /^(isom|iso[2-9]|mp41|mp42|mp71|avc1|dash|M4V |M4VH|M4VP|3gp[4-7]|3g2[a-c]|f4v |MSNV|NDAS|mmp4)$/;
  if (brands.some((brand) => videoBrand.test(brand))) return { mimeType: 'video/mp4', extension: 'mp4', kind: 'video' };
  return null;
}

/** Matroska/WebM: the EBML magic, then a DocType we look for in the header. */
function sniffEbml(bytes: Uint8Array): SniffedType | null {
  if (!startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  // DocType element id 0x4282, then a size, then the string.
  const docTypeAt = indexOfAscii(bytes, '\x42\x82', 64);
  if (docTypeAt >= 0 && indexOfAscii(bytes.subarray(docTypeAt, docTypeAt + 16), 'webm', 16) >= 0) {
    return { mimeType: 'video/webm', extension: 'webm', kind: 'video' };
  }
  return null;
}

const MP3_BITRATES_V1_L3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MP3_BITRATES_V2_L3 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MP3_SAMPLE_RATES: Record<number, readonly number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** Length in bytes of the MPEG audio layer III frame whose header starts at `at`, or 0 if it is not one. */
function mp3FrameLength(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) return 0;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return 0;
  const version = (b1 >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5, 1 reserved
  const layer = (b1 >> 1) & 3; // 1 = layer III (layer 0 would be AAC ADTS)
  if (version === 1 || layer !== 1) return 0;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return 0;
  const bitrate = (version === 3 ? MP3_BITRATES_V1_L3 : MP3_BITRATES_V2_L3)[bitrateIndex]! * 1000;
  const sampleRate = MP3_SAMPLE_RATES[version]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  return Math.floor(((version === 3 ? 144 : 72) * bitrate) / sampleRate) + padding;
}

function sniffMp3(bytes: Uint8Array): SniffedType | null {
  const mp3: SniffedType = { mimeType: 'audio/mpeg', extension: 'mp3', kind: 'audio' };
  if (bytes.length >= 10 && ascii(bytes, 0, 3) === 'ID3' && bytes[3]! < 0xff && bytes[4]! < 0xff) return mp3;
  // A bare frame sync is only two bytes of evidence: ask for a second frame right after the first when the file is long enough.
  const first = mp3FrameLength(bytes, 0);
  if (first === 0) return null;
  if (bytes.length < first + 4) return bytes.length >= 4 ? mp3 : null;
  return mp3FrameLength(bytes, first) > 0 ? mp3 : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text: valid UTF-8 with no NUL and no control bytes besides tab, newline, carriage return and form feed. */
function decodeText(bytes: Uint8Array): string | null {
  for (const byte of bytes) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) return null;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Markdown is plain text; call it markdown only on strong signs, since a false "markdown" would mangle a plain text. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  let score = 0;
  if (/^#{1,6}[ \t]+\S/m.test(sample)) score += 2;
  if (/^(```|~~~)/m.test(sample)) score += 2;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(sample)) score += 1;
  if ((sample.match(/^[ \t]*([-*+]|\d+\.)[ \t]+\S/gm) ?? []).length >= 2) score += 1;
  if (/(\*\*|__)[^*_\n]+\1/.test(sample)) score += 1;
  if (/^\|.*\|[ \t]*\n\|[ \t:|-]+\|/m.test(sample)) score += 2;
  if (/^>[ \t]\S/m.test(sample)) score += 1;
  return score >= 2;
}

/**
 * Decides a file's type from its bytes (magic numbers; text by validity), never from a claimed type.
 * Returns null for anything we do not take (including empty input).
 */
export function sniffMediaType(bytes: Uint8Array, options: SniffOptions = {}): SniffedType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PNG)) return { mimeType: 'image/png', extension: 'png', kind: 'image' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', extension: 'jpg', kind: 'image' };
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return { mimeType: 'image/gif', extension: 'gif', kind: 'image' };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF') {
    const form = ascii(bytes, 8, 12);
    if (form === 'WEBP') return { mimeType: 'image/webp', extension: 'webp', kind: 'image' };
    if (form === 'WAVE') return { mimeType: 'audio/wav', extension: 'wav', kind: 'audio' };
    return null;
  }
  // PDF readers accept the header anywhere in the first KiB.
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return { mimeType: 'application/pdf', extension: 'pdf', kind: 'document' };
  // DOCX is a zip whose entries include word/…; the local file headers near the start name them.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && indexOfAscii(bytes, 'word/', 64 * 1024) >= 0) {
    return { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', kind: 'document' };
  }
  const media = sniffFtyp(bytes) ?? sniffEbml(bytes) ?? sniffMp3(bytes);
  if (media) return media;

  const withoutBom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const text = decodeText(withoutBom);
  if (text === null || text.trim() === '') return null;
  const name = options.filename?.toLowerCase() ?? '';
  if (/\.(md|markdown)$/.test(name) || looksLikeMarkdown(text)) {
    return { mimeType: 'text/markdown', extension: 'md', kind: 'document' };
  }
  return { mimeType: 'text/plain', extension: 'txt', kind: 'document' };
}
