import { fetchProviderJson } from './fetch-provider-json.js';
import type { StockItem, StockProvider, StockSearch } from './visual-provider.js';

interface PexelsVideo {
  id: number;
  width: number;
  height: number;
  duration: number;
  url: string;
  user: { name: string };
  video_files: Array<{ width: number | null; height: number | null; file_type: string; link: string }>;
}
interface PexelsPhoto {
  id: number;
  width: number;
  height: number;
  url: string;
  photographer: string;
  src: { original: string; large2x: string; large: string };
}

const MAX_PAGES = 3;

export interface PexelsOptions {
  apiKey: string;
  /** https://api.pexels.com unless a proxy or a test server stands in. */
  baseUrl?: string;
  timeoutMs?: number;
  fetch: typeof fetch;
}

/** Pexels (https://www.pexels.com/api/): free stock videos and photos; credit "Video by NAME on Pexels". */
export class PexelsProvider implements StockProvider {
  readonly name = 'pexels';
  private readonly baseUrl: string;

  constructor(private readonly options: PexelsOptions) {
    this.baseUrl = (options.baseUrl ?? 'https://api.pexels.com').replace(/\/$/, '');
  }

  /** The first page with an item that fits (long enough, large enough); at most MAX_PAGES pages are asked for. */
  async search(search: StockSearch): Promise<StockItem[]> {
    const path = search.kind === 'video' ? '/videos/search' : '/v1/search';
    for (let page = 1; page <= MAX_PAGES; page++) {
      const url = new URL(this.baseUrl + path);
      url.search = new URLSearchParams({ query: search.query, orientation: search.orientation, per_page: '15', page: String(page) }).toString();
      const body = await fetchProviderJson<{ videos?: PexelsVideo[]; photos?: PexelsPhoto[]; next_page?: string }>({
        provider: this.name,
        url,
        init: { headers: { authorization: this.options.apiKey } },
        timeoutMs: this.options.timeoutMs ?? 10_000,
        signal: search.signal,
        fetch: this.options.fetch,
      });
      const items = search.kind === 'video' ? (body.videos ?? []).flatMap((v) => this.video(v, search)) : (body.photos ?? []).map((p) => this.photo(p));
      if (items.length > 0 || !body.next_page) return items;
    }
    return [];
  }

  private video(video: PexelsVideo, search: StockSearch): StockItem[] {
    if (video.duration < search.minDurationSec) return [];
    // The smallest MP4 that is still sharp at the frame's size: less to download, nothing lost on screen.
    const files = video.video_files
      .filter((f) => f.file_type === 'video/mp4' && f.width && f.height && Math.min(f.width, f.height) >= search.minShortSide)
      .sort((a, b) => a.width! * a.height! - b.width! * b.height!);
    const file = files[0];
    if (!file) return [];
    return [{
      provider: this.name, id: String(video.id), kind: 'video', fileUrl: file.link, pageUrl: video.url, width: file.width!, height: file.height!,
      duration: video.duration, attribution: `Video by ${video.user.name} on Pexels`, licence: 'Pexels License',
    }];
  }

  private photo(photo: PexelsPhoto): StockItem {
    return {
      provider: this.name, id: String(photo.id), kind: 'image', fileUrl: photo.src.large2x || photo.src.original, pageUrl: photo.url,
      width: photo.width, height: photo.height, duration: null, attribution: `Photo by ${photo.photographer} on Pexels`, licence: 'Pexels License',
    };
  }
}
