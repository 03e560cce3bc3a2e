import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/errors/index.js';
import { PgBossQueue } from '../../src/jobs/index.js';
import { builtInPresenter, EspeakTtsEngine, probeMedia, renderSceneSegments, renderVideo, resolveFfmpegPath, withPinnedRenderCache, type TtsEngine } from '../../src/media/index.js';
import { createSplitRenderer, partMarkerKey, type RenderFarmEvent, type SplitRenderer } from '../../src/render-farm/index.js';
import { LocalBlobStore, openPostgresStore, type BlobStore, type Store } from '../../src/store/index.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';
import { sixScenes } from './six-scenes.js';

const ffmpegPath = resolveFfmpegPath();

if (testDatabaseUrl === null) {
  describe.skip('split renderer (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('a render split across two farms sharing one PostgreSQL schema and one blob folder', () => {
    const databaseUrl = testDatabaseUrl as string;
    const schemas: string[] = [];
    const cleanup: Array<() => Promise<unknown>> = [];
    let tts: TtsEngine;

    beforeAll(() => {
      tts = new EspeakTtsEngine();
    });
    afterAll(async () => {
      for (const step of cleanup.reverse()) await step().catch(() => undefined);
      await tts.close();
      await dropSchemas(schemas.flatMap((schema) => [schema, `${schema}_jobs`]));
    });

    async function tempDir(name: string): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), `ova-split-${name}-`));
      cleanup.push(() => rm(dir, { recursive: true, force: true }));
      return dir;
    }

    /** One "machine": its own queue connection, store pool, render cache and scratch folder; the blob folder is shared. */
    async function farm(schema: string, store: Store, blobs: BlobStore, partWaitSec: number | null): Promise<{ farm: SplitRenderer; events: RenderFarmEvent[]; queue: PgBossQueue }> {
      const queue = new PgBossQueue({ connectionString: databaseUrl, schema: `${schema}_jobs`, pollIntervalMs: 500 });
      cleanup.push(() => queue.close({ abort: true }));
      const cacheDir = await tempDir('cache');
      const events: RenderFarmEvent[] = [];
      const bound = { tts, ffmpegPath, cacheDir, presenterFor: builtInPresenter };
      const renderer = createSplitRenderer({
        queue, store, blobs,
        renderVideo: (storyboard, options) => withPinnedRenderCache(() => renderVideo(storyboard, { ...options, ...bound })),
        renderSceneSegments: (storyboard, options) => withPinnedRenderCache(() => renderSceneSegments(storyboard, { ...options, ...bound })),
        resolution: 720, constantFrameRate: false, minScenes: 6, ways: 2, partWaitSec, partExpirySec: 600,
        scratchDir: await tempDir('scratch'),
        onEvent: (event) => events.push(event),
      });
      await renderer.start();
      return { farm: renderer, events, queue };
    }

    async function shared(prefix: string): Promise<{ schema: string; store: Store; blobs: LocalBlobStore }> {
      const schema = freshSchemaName(prefix);
      schemas.push(schema);
      const store = await openPostgresStore(databaseUrl, { schema });
      cleanup.push(() => store.close());
      return { schema, store, blobs: new LocalBlobStore(await tempDir('blobs')) };
    }

    const noAssets = async (id: string): Promise<never> => {
      throw new Error(`no asset ${id}`);
    };
    const sceneSum = (scenes: { duration: number }[]) => scenes.reduce((sum, scene) => sum + scene.duration, 0);
    const ofType = <T extends RenderFarmEvent['type']>(events: RenderFarmEvent[], type: T) => events.filter((e): e is Extract<RenderFarmEvent, { type: T }> => e.type === type);

    it('the other farm builds the second group, the coordinator joins its segments, and the video is whole', async () => {
      const { schema, store, blobs } = await shared('split');
      const a = await farm(schema, store, blobs, 120);
      const b = await farm(schema, store, blobs, 120);
      const progress: number[] = [];
      const output = await a.farm.renderVideo(sixScenes(), { workDir: await tempDir('work'), resolveAsset: noAssets, onProgress: (p) => progress.push(p.fraction) });

      const split = ofType(a.events, 'split');
      expect(split).toHaveLength(1);
      expect(split[0]!.groups.flat()).toEqual([0, 1, 2, 3, 4, 5]);
      expect(split[0]!.groups).toHaveLength(2);
      // The part job went to the other farm (the coordinator's own queue hands its parts back), which built it.
      const built = ofType(b.events, 'part-built');
      expect(built).toHaveLength(1);
      expect(built[0]!.scenes).toEqual(split[0]!.groups[1]);
      expect(built[0]!.built).toBeGreaterThan(0);
      expect(ofType(a.events, 'part-built')).toHaveLength(0);
      expect(ofType(a.events, 'part-waited').map((e) => e.outcome)).toEqual(['done']);
      // The full render took every segment of the other group from the shared tier and built none of them.
      const done = ofType(a.events, 'split-render-done');
      expect(done).toHaveLength(1);
      expect(done[0]!.shared_hits).toBe(built[0]!.segments);
      expect(done[0]!.built).toBe(0);

      const waitedFor = ofType(a.events, 'waiting')[0]!;
      process.stdout.write(`[split render] own group ${waitedFor.own_ms} ms, then waited ${ofType(a.events, 'part-waited')[0]!.waited_ms} ms; the other farm's part took ${built[0]!.ms} ms; bounced ${ofType(a.events, 'part-bounced').length}×\n`);
      expect(output.duration).toBeCloseTo(sceneSum(output.scenes), 1);
      const probe = await probeMedia(output.videoPath, { ffmpegPath });
      expect(probe.video?.height).toBe(720);
      expect(progress.every((f, i) => i === 0 || f > progress[i - 1]!)).toBe(true);
      expect(progress.at(-1)).toBe(1);
      // The part's markers are gone once the render is done.
      expect(await blobs.stat(partMarkerKey(`${split[0]!.render_id}-1`, 'done'))).toBeNull();
    }, 240_000);

    it('with no other farm taking the part, the coordinator builds it itself after the wait and the video is whole', async () => {
      const { schema, store, blobs } = await shared('alone');
      const a = await farm(schema, store, blobs, 2);
      const output = await a.farm.renderVideo(sixScenes(), { workDir: await tempDir('work'), resolveAsset: noAssets, onProgress: () => undefined });

      expect(ofType(a.events, 'split')).toHaveLength(1);
      expect(ofType(a.events, 'part-built')).toHaveLength(0);
      expect(ofType(a.events, 'part-waited').map((e) => e.outcome)).toEqual(['unclaimed']);
      const done = ofType(a.events, 'split-render-done');
      expect(done[0]!.shared_hits).toBe(0);
      expect(done[0]!.built).toBeGreaterThan(0);
      expect(output.duration).toBeCloseTo(sceneSum(output.scenes), 1);
      // The part is marked abandoned, so a worker that takes the job late ends it at once.
      const split = ofType(a.events, 'split')[0]!;
      expect(await blobs.stat(partMarkerKey(`${split.render_id}-1`, 'abandoned'))).not.toBeNull();
    }, 240_000);

    it('a worker that dies mid-part costs the coordinator its wait, then it builds the part itself', async () => {
      const { schema, store, blobs } = await shared('dies');
      const a = await farm(schema, store, blobs, 3);
      const b = await farm(schema, store, blobs, 3);
      // B dies (its queue aborts its handlers, as on SIGTERM) right after claiming the part.
      const died = new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (b.events.some((e) => e.type === 'part-claimed')) {
            clearInterval(timer);
            void b.queue.close({ abort: true }).then(resolve);
          }
        }, 10);
      });
      const output = await a.farm.renderVideo(sixScenes(), { workDir: await tempDir('work'), resolveAsset: noAssets });
      await died;
      expect(ofType(b.events, 'part-built')).toHaveLength(0);
      expect(ofType(a.events, 'part-waited').map((e) => e.outcome)).toEqual(['timeout']);
      const done = ofType(a.events, 'split-render-done')[0]!;
      expect(done.built).toBeGreaterThan(0);
      expect(output.duration).toBeCloseTo(sceneSum(output.scenes), 1);
    }, 240_000);

    it('a cancelled render stops waiting for its parts', async () => {
      const { schema, store, blobs } = await shared('cancel');
      const a = await farm(schema, store, blobs, 600);
      const controller = new AbortController();
      const render = a.farm.renderVideo(sixScenes(), { workDir: await tempDir('work'), resolveAsset: noAssets, signal: controller.signal });
      // Cancelled once the coordinator has built its own group and is waiting for the other.
      const waiting = new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (a.events.some((e) => e.type === 'waiting')) {
            clearInterval(timer);
            resolve();
          }
        }, 20);
      });
      await waiting;
      controller.abort();
      await expect(render).rejects.toBeInstanceOf(CancelledError);
      expect(ofType(a.events, 'part-waited')).toHaveLength(0);
      expect(ofType(a.events, 'split-render-done')).toHaveLength(0);
      const split = ofType(a.events, 'split')[0]!;
      expect(await blobs.stat(partMarkerKey(`${split.render_id}-1`, 'abandoned'))).not.toBeNull();
    }, 240_000);
  });
}
