import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../../src/agent/index.js';
import { PgBossQueue } from '../../src/jobs/index.js';
import { EspeakTtsEngine, probeMedia, resolveFfmpegPath } from '../../src/media/index.js';
import { SessionManager } from '../../src/sessions/index.js';
import { openPostgresStore, S3BlobStore, type Store } from '../../src/store/index.js';
import { s3rverCredentials, startS3Server } from '../store/blobs/s3-test-server.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';
import { startWorker, waitForWorkers as waitFor, type WorkerProcess } from '../worker/worker-process.js';

/** Nine sentences of real material: the rules narrate what they are given (five scenes at 40 s). */
const BEES_TEXT = [
  'How bees make honey.',
  'Forager bees fly up to five kilometres to find flowers full of nectar.',
  'They suck the nectar up and carry it home in a second stomach.',
  'Back at the hive, they pass it from bee to bee, and enzymes start to change it.',
  'The bees spread the nectar over the wax cells of the comb.',
  'They fan their wings to dry it, until most of the water is gone.',
  'When the honey is thick enough, they seal each cell with a cap of wax.',
  'A single bee makes about a twelfth of a teaspoon of honey in her whole life.',
  'A hive needs the work of thousands of bees to fill one jar.',
].join(' ');

const farmLines = (worker: WorkerProcess, msg: string) =>
  worker.lines.filter((line) => line.msg === msg).map((line) => line.render_farm as Record<string, unknown>);

if (testDatabaseUrl === null) {
  describe.skip('a long video split across two worker processes (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('a long video split across two worker processes on one PostgreSQL and one bucket', () => {
    const schema = freshSchemaName('farm');
    const workers: WorkerProcess[] = [];
    const cleanup: Array<() => Promise<unknown>> = [];

    afterAll(async () => {
      for (const worker of workers) worker.child.kill('SIGKILL');
      await Promise.all(workers.map((worker) => worker.exited));
      for (const step of cleanup.reverse()) await step().catch(() => undefined);
      await dropSchemas([schema, `${schema}_jobs`]);
    });

    it('the worker that does not run the session builds half the scenes; the session completes with one whole video', async () => {
      const databaseUrl = testDatabaseUrl as string;
      const s3 = await startS3Server(['ova-farm-test']);
      cleanup.push(() => s3.close());
      const scratch = await mkdtemp(join(tmpdir(), 'ova-farm-tmp-'));
      cleanup.push(() => rm(scratch, { recursive: true, force: true }));
      // Two machines: each its own DATA_DIR (render cache); the database and the bucket are shared.
      const envFor = async (name: string): Promise<NodeJS.ProcessEnv> => ({
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATABASE_SCHEMA: schema,
        S3_BUCKET: 'ova-farm-test',
        S3_ENDPOINT: s3.endpoint,
        S3_FORCE_PATH_STYLE: '1',
        S3_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: s3rverCredentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3rverCredentials.secretAccessKey,
        DATA_DIR: await mkdtemp(join(scratch, `data-${name}-`)),
        TMPDIR: scratch,
        LOG_LEVEL: 'info',
        RENDER_SPLIT_MIN_SCENES: '4',
        RENDER_SPLIT_WAYS: '2',
        AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: '1',
      });

      // The API side, in this process: it creates the session; the workers plan and render.
      const store: Store = await openPostgresStore(databaseUrl, { schema });
      cleanup.push(() => store.close());
      const queue = new PgBossQueue({ connectionString: databaseUrl, schema: `${schema}_jobs` });
      cleanup.push(() => queue.close());
      const blobs = new S3BlobStore({ bucket: 'ova-farm-test', endpoint: s3.endpoint, forcePathStyle: true, credentials: s3rverCredentials, cacheDir: join(scratch, 'api-cache') });
      const tts = new EspeakTtsEngine();
      cleanup.push(() => tts.close());
      const api = new SessionManager({
        store, blobs, queue, planner: new BuiltinPlanner(), tts,
        renderer: {
          renderVideo: async () => {
            throw new Error('the API side does not render');
          },
          renderSceneImage: async () => {
            throw new Error('the API side does not render');
          },
        },
        webhooks: { notify: async () => [] },
        logger: pino({ level: 'silent' }),
        linkFor: (key) => key,
        styleIds: [], avatarIds: [],
        dataDir: join(scratch, 'api'),
        agentTimeoutSec: 120, renderTimeoutSec: 600, maxActiveJobsPerKey: 4, maxUploadBytes: 1024 * 1024,
      });

      workers.push(startWorker('a', await envFor('a')), startWorker('b', await envFor('b')));
      await waitFor('both workers to take jobs', workers, () => workers.every((w) => w.lines.some((l) => l.msg === 'worker is taking jobs')), 60_000);
      const t0 = Date.now();
      // The built-in planner narrates these nine sentences in five scenes (over RENDER_SPLIT_MIN_SCENES).
      const session = await api.create('owner-1', {
        mode: 'generate', prompt: BEES_TEXT, files: [],
        avatar_id: null, voice_id: null, style_id: null, brand_kit_id: null, orientation: 'landscape', duration_sec: 40,
        auto_proceed: false, skip_agentic_stop: false, incognito_mode: false, callback_url: null, callback_id: null,
      });
      const done = await waitFor(
        'the session to end',
        workers,
        async () => {
          const current = await store.getSession(session.id);
          return current && (current.status === 'completed' || current.status === 'failed') ? current : null;
        },
        280_000,
      );
      const seconds = (Date.now() - t0) / 1000;
      expect(done.status).toBe('completed');

      // One worker coordinated the split; the other built the second group of scenes into the bucket.
      const coordinators = workers.filter((w) => farmLines(w, 'render split').length > 0);
      expect(coordinators).toHaveLength(1);
      const coordinator = coordinators[0]!;
      const other = workers.find((w) => w !== coordinator)!;
      const split = farmLines(coordinator, 'render split')[0]!;
      const groups = split.groups as number[][];
      const sceneCount = groups.flat().length;
      expect(sceneCount).toBeGreaterThanOrEqual(4);
      expect(groups.flat()).toEqual(Array.from({ length: sceneCount }, (_, i) => i));
      expect(groups).toHaveLength(2);
      const built = farmLines(other, 'render part built');
      expect(built).toHaveLength(1);
      expect(built[0]!.scenes).toEqual(groups[1]);
      expect(built[0]!.built as number).toBeGreaterThan(0);
      expect(farmLines(coordinator, 'render part built')).toHaveLength(0);
      const joined = farmLines(coordinator, 'render split render done')[0]!;
      expect(joined.shared_hits).toBe(built[0]!.segments);
      process.stdout.write(
        `[split across workers] session (plan + render) done in ${seconds.toFixed(1)} s; groups ${JSON.stringify(groups)}; coordinator's own group ${String(farmLines(coordinator, 'render waiting')[0]?.own_ms)} ms, ` +
          `the other's part ${String(built[0]!.ms)} ms (${String(built[0]!.built)} segments built), full render took ${String(joined.shared_hits)} from the bucket and built ${String(joined.built)}\n`,
      );

      // Exactly one video, as long as its scenes together.
      const videos = (await store.listVideos('owner-1', { limit: 50, cursor: null }, session.id)).items;
      expect(videos).toHaveLength(1);
      const video = videos[0]!;
      expect(video.status).toBe('completed');
      expect(joined.duration as number).toBeCloseTo(joined.scene_sum as number, 1);
      expect(video.duration).toBeCloseTo(joined.scene_sum as number, 1);
      const probe = await probeMedia(await blobs.localPath(video.video_key as string), { ffmpegPath: resolveFfmpegPath() });
      expect(probe.duration).toBeCloseTo(joined.scene_sum as number, 1);
      expect((await store.listResources(session.id)).filter((r) => r.resource_type === 'video')).toHaveLength(1);

      for (const worker of workers) worker.child.kill('SIGTERM');
      await Promise.all(workers.map((worker) => worker.exited));
    }, 300_000);
  });
}
