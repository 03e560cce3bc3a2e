import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedFiles, VideoRenderer } from '../../../src/sessions/index.js';
import { storyboardDuration, type Storyboard } from '../../../src/storyboard/index.js';
import { Gate } from './gate.js';

/**
 * A renderer that writes a few bytes per output file, reports progress, and honours its signal. `hold()`
 * keeps the next renders running until released (to act while a session is generating); `failWith` fails them.
 */
export class TinyRenderer implements VideoRenderer {
  readonly rendered: Storyboard[] = [];
  failWith: Error | null = null;
  private readonly gate = new Gate();

  hold(): () => void {
    return this.gate.hold();
  }

  async renderVideo(storyboard: Storyboard, options: Parameters<VideoRenderer['renderVideo']>[1]): Promise<RenderedFiles> {
    options.onProgress({ stage: 'frames', fraction: 0.5 });
    await this.gate.pass(options.signal);
    options.signal.throwIfAborted();
    if (this.failWith) throw this.failWith;
    this.rendered.push(storyboard);
    const file = async (name: string) => {
      const path = join(options.workDir, name);
      await writeFile(path, `${name} of v${storyboard.version}`);
      return path;
    };
    options.onProgress({ stage: 'encode', fraction: 1 });
    return {
      videoPath: await file('video.mp4'),
      captionedVideoPath: await file('captioned.mp4'),
      thumbnailPath: await file('thumbnail.jpg'),
      subtitlePath: await file('captions.srt'),
      vttPath: await file('captions.vtt'),
      gifPath: await file('preview.gif'),
      duration: storyboardDuration(storyboard),
    };
  }

  async renderSceneImage(_storyboard: Storyboard, sceneIndex: number): Promise<Buffer> {
    return Buffer.from(`jpeg of scene ${sceneIndex}`);
  }
}
