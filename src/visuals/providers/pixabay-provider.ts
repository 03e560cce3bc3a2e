import { fetchProviderJson } from './fetch-provider-json.js';
import type { StockItem, StockProvider, StockSearch } from './visual-provider.js';

interface PixabayVideo {
  id: number;
  pageURL: string;
  duration: number;
  user: string;
  videos: Record<string, { url: string; width: number; height: number } | undefined>;
}
interface PixabayImage {
  id: number;
  pageURL: string;
  user: string;
  largeImageURL: string;
  imageWidth: number;
  imageHeight: number;
}

export interface PixabayOptions {
  apiKey: string;
  /** https://pixabay.com unless a proxy or a test server stands in. */
  baseUrl?: string;
  timeoutMs?: number;
  fetch: typeof fetch;
}

/** Pixabay (https://pixabay.com/api/docs/): free stock videos and images; credit "Video by NAME on Pixabay". */
export class PixabayProvider implements StockProvider {
  readonly name = 'pixabay';
  private readonly baseUrl: string;

  constructor(private readonly options: PixabayOptions) {
    this.baseUrl = (options.baseUrl ?? 'https://pixabay.com').replace(/\/$/, '');
  }

  async search(search: StockSearch): Promise<StockItem[]> {
    const url = new URL(`${this.baseUrl}/api/${search.kind === 'video' ? 'videos/' : ''}`);
    const params: Record<string, string> = { key: this.options.apiKey, q: search.query.slice(0, 100), per_page: '20', safesearch: 'true' };
    if (search.kind === 'image') Object.assign(params, { image_type: 'photo', orientation: search.orientation === 'portrait' ? 'vertical' : 'horizontal' });
    url.search = new URLSearchParams(params).toString();
    const body = await fetchProviderJson<{ hits?: Array<PixabayVideo | PixabayImage> }>({
      provider: this.name, url, timeoutMs: this.options.timeoutMs ?? 10_000, signal: search.signal, fetch: this.options.fetch,
    });
    const hits = body.hits ?? [];
    return search.kind === 'video' ? hits.flatMap((h) => this.video(h as PixabayVideo, search)) : hits.map((h) => this.image(h as PixabayImage));
  }

  private video(video: PixabayVideo, search: StockSearch): StockItem[] {
    if (video.duration < search.minDurationSec) return [];
    const wantPortrait = search.orientation === 'portrait';
    const file = ['medium', 'large', 'small']
      .map((size) => video.videos[size])
      .find((f) => f && f.url && Math.min(f.width, f.height) >= search.minShortSide && f.height > f.width === wantPortrait);
    if (!file) return [];
    return [{
      provider: this.name, id: String(video.id), kind: 'video', fileUrl: file.url, pageUrl: video.pageURL, width: file.width, height: file.height,
      duration: video.duration, attribution: `Video by ${video.user} on Pixabay`, licence: 'Pixabay Content License',
    }];
  }

  private image(image: PixabayImage): StockItem {
    return {
      provider: this.name, id: String(image.id), kind: 'image', fileUrl: image.largeImageURL, pageUrl: image.pageURL, width: image.imageWidth,
      height: image.imageHeight, duration: null, attribution: `Image by ${image.user} on Pixabay`, licence: 'Pixabay Content License',
    };
  }
}
