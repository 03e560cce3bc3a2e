import type { Orientation } from '../../storyboard/index.js';

/** One item a stock service offered: enough to choose it, download it and credit it. */
export interface StockItem {
  provider: string;
  id: string;
  kind: 'video' | 'image';
  /** The file to download, at the size chosen for the video. */
  fileUrl: string;
  /** The item's page on the provider's site (credits link to it). */
  pageUrl: string;
  width: number;
  height: number;
  /** Seconds, for videos. */
  duration: number | null;
  /** The credit the provider's terms ask for: "Video by Jane Doe on Pexels". */
  attribution: string;
  licence: string;
}

export interface StockSearch {
  query: string;
  kind: 'video' | 'image';
  orientation: Orientation;
  /** A clip must last at least this long to cover its scene. */
  minDurationSec: number;
  /** The frame's short side in pixels: smaller files are not taken when larger exist. */
  minShortSide: number;
  signal: AbortSignal;
}

/** A stock footage and photo service (Pexels, Pixabay): search only; downloads go through the media cache. */
export interface StockProvider {
  readonly name: string;
  search(search: StockSearch): Promise<StockItem[]>;
}

/** An OpenAI-compatible images endpoint: a prompt in, image bytes out. */
export interface ImageGenerator {
  readonly name: string;
  generate(prompt: string, options: { orientation: Orientation; signal: AbortSignal }): Promise<{ bytes: Buffer; model: string }>;
}

/** Why a provider gave nothing: it is told to the user once, and the scene falls back to the library. */
export class ProviderError extends Error {
  constructor(
    readonly provider: string,
    message: string,
    /** A 429 or a 5xx: worth one more try later; a 401/403 is not. */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
