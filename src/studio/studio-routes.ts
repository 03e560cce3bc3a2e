import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { AppError } from '../errors/index.js';

export interface StudioOptions {
  /** The folder holding index.html, styles.css and src/main.ts; defaults to the package's web/. */
  webRoot?: string;
}

/** web/ sits at the package root: two levels up from src/studio, three from dist/src/studio. */
export function findWebRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [join(here, '../../web'), join(here, '../../../web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0]!;
}

/**
 * The web studio at `/`: a static page, its stylesheet, and its TypeScript bundled by esbuild on first
 * request into memory (about a tenth of a second), so there is no build step and no bundle on disk.
 * No API key is needed for these files; the page asks for the key and sends it on its /v3 calls.
 */
export const studioRoutes: FastifyPluginAsync<StudioOptions> = async (app, options) => {
  const root = options.webRoot ?? findWebRoot();
  const once = <T>(load: () => Promise<T>) => {
    let pending: Promise<T> | null = null;
    return () => {
      // A failed load is retried on the next request rather than cached forever.
      pending ??= load().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    };
  };
  const html = once(() => readFile(join(root, 'index.html')));
  const css = once(() => readFile(join(root, 'styles.css')));
  const script = once(() => bundleStudio(root));

  const sendAsset = (load: () => Promise<Buffer | string>, type: string) => async (_request: unknown, reply: FastifyReply) => {
    let body: Buffer | string;
    try {
      body = await load();
    } catch (error) {
      throw new AppError('internal_error', `The studio could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Served from memory and cheap to revalidate; no-cache keeps a new build from being shadowed.
    return reply.header('content-type', type).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff').send(body);
  };

  const page = sendAsset(html, 'text/html; charset=utf-8');
  app.get('/', { schema: { hide: true } }, page);
  app.get('/studio', { schema: { hide: true } }, page);
  app.get('/studio/app.css', { schema: { hide: true } }, sendAsset(css, 'text/css; charset=utf-8'));
  app.get('/studio/app.js', { schema: { hide: true } }, sendAsset(script, 'text/javascript; charset=utf-8'));
};

/** Bundles web/src/main.ts for the browser; esbuild comes with tsx. */
export async function bundleStudio(root: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}
