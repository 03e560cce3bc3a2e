import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleError } from '../../src/api/http/index.js';
import { studioRoutes } from '../../src/studio/index.js';
import { fakeMedia, startTestServer, type TestServer } from '../support/test-server.js';

describe('the studio routes', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({}, { adapters: fakeMedia() });
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('serves the page at / without an API key', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<div id="app">');
    expect(response.body).toContain('/studio/app.js');
  });

  it('bundles the TypeScript app into one browser module on request', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/studio/app.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // The SDK is bundled in; nothing is left to import at runtime.
    expect(response.body).not.toMatch(/\bimport\s*[{*]|from\s*["']/);
    expect(response.body).toContain('/v3/video-agents');
    expect(response.body.length).toBeGreaterThan(10_000);
  });

  it('serves the stylesheet', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/studio/app.css' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.body).toContain('.scene-card');
  });

  it('still asks for a key on the API', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/v3/video-agents' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthorized');
  });

  it('answers with the error envelope when the studio files are missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'ova-studio-'));
    const app = Fastify();
    app.setErrorHandler(handleError);
    await app.register(studioRoutes, { webRoot: empty });
    try {
      for (const url of ['/', '/studio/app.js', '/studio/app.css']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(500);
        expect(response.json().error.code).toBe('internal_error');
        expect(response.json().error.message).toContain('The studio could not be loaded');
      }
    } finally {
      await app.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
