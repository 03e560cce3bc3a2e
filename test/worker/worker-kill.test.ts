import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { BuiltinPlanner } from '../../src/agent/index.js';
import { PgBossQueue } from '../../src/jobs/index.js';
import { EspeakTtsEngine } from '../../src/media/index.js';
import { SessionManager } from '../../src/sessions/index.js';
import { openPostgresStore, S3BlobStore, type SessionRecord, type Store } from '../../src/store/index.js';
import { s3rverCredentials, startS3Server } from '../store/blobs/s3-test-server.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';
import { startWorker as startWorkerProcess, waitForWorkers, type WorkerProcess } from './worker-process.js';

const workersStarted: WorkerProcess[] = [];

function startWorker(name: string, env: NodeJS.ProcessEnv): WorkerProcess {
  const worker = startWorkerProcess(name, env);
  workersStarted.push(worker);
  return worker;
}

function waitFor<T>(what: string, check: () => T | null | undefined | false | Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  return waitForWorkers(what, workersStarted, check, timeoutMs);
}

const logged = (worker: WorkerProcess, msg: string, kind?: string) =>
  worker.lines.some((line) => line.msg === msg && (kind === undefined || line.kind === kind));

if (testDatabaseUrl === null) {
  describe.skip('worker kill -9 (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  describe('two workers on one PostgreSQL and one bucket, one killed with SIGKILL mid-render', () => {
    const schema = freshSchemaName('wk');
    const workers: WorkerProcess[] = [];
    const cleanup: Array<() => Promise<unknown>> = [];

    afterAll(async () => {
      for (const worker of workers) worker.child.kill('SIGKILL');
      await Promise.all(workers.map((worker) => worker.exited));
      for (const step of cleanup.reverse()) await step().catch(() => undefined);
      await dropSchemas([schema, `${schema}_jobs`]);
    });

    it('the other worker takes the job and the session completes with exactly one video', async () => {
      const databaseUrl = testDatabaseUrl as string;
      const s3 = await startS3Server(['ova-worker-test']);
      cleanup.push(() => s3.close());
      const dataDir = await mkdtemp(join(tmpdir(), 'ova-worker-data-'));
      const scratch = await mkdtemp(join(tmpdir(), 'ova-worker-tmp-'));
      cleanup.push(() => rm(dataDir, { recursive: true, force: true }), () => rm(scratch, { recursive: true, force: true }));
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATABASE_SCHEMA: schema,
        S3_BUCKET: 'ova-worker-test',
        S3_ENDPOINT: s3.endpoint,
        S3_FORCE_PATH_STYLE: '1',
        S3_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: s3rverCredentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3rverCredentials.secretAccessKey,
        DATA_DIR: dataDir,
        // The killed worker's scratch folder lands here, and is removed with it.
        TMPDIR: scratch,
        LOG_LEVEL: 'info',
        AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: '1',
      };

      // The API side, in this process: the same store and queue an API process uses, creating the session.
      const store: Store = await openPostgresStore(databaseUrl, { schema });
      cleanup.push(() => store.close());
      const queue = new PgBossQueue({ connectionString: databaseUrl, schema: `${schema}_jobs` });
      cleanup.push(() => queue.close());
      const blobs = new S3BlobStore({
        bucket: 'ova-worker-test',
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: s3rverCredentials,
        cacheDir: join(scratch, 'api-cache'),
      });
      const tts = new EspeakTtsEngine();
      cleanup.push(() => tts.close());
      const api = new SessionManager({
        store,
        blobs,
        queue,
        planner: new BuiltinPlanner(),
        tts,
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
        styleIds: [],
        avatarIds: [],
        dataDir: join(scratch, 'api'),
        agentTimeoutSec: 120,
        renderTimeoutSec: 600,
        maxActiveJobsPerKey: 4,
        maxUploadBytes: 1024 * 1024,
      });

      const t0 = Date.now();
      const phases: string[] = [];
      const mark = (phase: string) => phases.push(`${phase} +${((Date.now() - t0) / 1000).toFixed(1)}s`);
      workers.push(startWorker('a', env), startWorker('b', env));
      await waitFor('both workers to take jobs', () => workers.every((w) => logged(w, 'worker is taking jobs')), 60_000);

      mark('workers ready');
      const session = await api.create('owner-1', {
        mode: 'generate',
        prompt: 'A short video about how bees make honey',
        files: [],
        avatar_id: null,
        voice_id: null,
        style_id: null,
        brand_kit_id: null,
        orientation: 'landscape',
        duration_sec: 15,
        auto_proceed: false,
        skip_agentic_stop: false,
        incognito_mode: false,
        callback_url: null,
        callback_id: null,
      });

      const renderer = await waitFor('a worker to start the render', () => workers.find((w) => logged(w, 'run started', 'render')), 90_000);
      mark('render started');
      // Mid-render: let it get going, then kill it the hard way.
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await store.getSession(session.id))?.status).toBe('generating');
      renderer.killed = true;
      renderer.child.kill('SIGKILL');
      await renderer.exited;
      mark('renderer killed');
      const survivor = workers.find((w) => w !== renderer) as WorkerProcess;
      void waitFor('the survivor to take the render', () => logged(survivor, 'run started', 'render'), 120_000).then(() => mark('survivor took the render'), () => undefined);

      const done = await waitFor(
        'the session to end',
        async () => {
          const current = await store.getSession(session.id);
          return current && (current.status === 'completed' || current.status === 'failed') ? current : null;
        },
        180_000,
      );
      mark('session ended');
      process.stdout.write(`[worker kill -9] ${phases.join(', ')}\n`);
      const messages = await store.listMessages(session.id, 100);
      expect(done.status, JSON.stringify(messages.map((m) => m.content).slice(0, 2))).toBe('completed');
      expect(logged(survivor, 'run started', 'render')).toBe(true);

      const videos = (await store.listVideos('owner-1', { limit: 50, cursor: null }, session.id)).items;
      expect(videos).toHaveLength(1);
      const video = videos[0]!;
      expect(video.status).toBe('completed');
      expect((done as SessionRecord).video_id).toBe(video.id);
      expect(video.video_key).not.toBeNull();
      const stored = await blobs.stat(video.video_key as string);
      expect(stored?.size ?? 0).toBeGreaterThan(1000);
      // One video resource, posted once.
      const resources = (await store.listResources(session.id)).filter((r) => r.resource_type === 'video');
      expect(resources).toHaveLength(1);

      survivor.killed = true;
      survivor.child.kill('SIGTERM');
      await survivor.exited;
    }, 300_000);
  });
}
