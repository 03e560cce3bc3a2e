import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModelHub, type FakeModelHub } from '../support/fake-model-hub.js';
import { generatedVoiceCatalogue } from '../support/generated-voice-catalogue.js';
import { KEY_A, startTestServer, type TestServer } from '../support/test-server.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`skipping the Voices & models page test: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
const artifacts = join(process.cwd(), 'test-artifacts', 'studio');

describe.skipIf(!hasChromium)('the studio Voices & models page', () => {
  let server: TestServer;
  let hub: FakeModelHub;
  let browser: Browser;
  let dir: string;
  let base: string;

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    const generated = generatedVoiceCatalogue();
    hub = await startFakeModelHub(generated.files);
    dir = await mkdtemp(join(tmpdir(), 'ova-models-page-'));
    await writeFile(join(dir, 'catalogue.json'), JSON.stringify(generated.catalogue));
    server = await startTestServer({ modelsDir: join(dir, 'models'), hfEndpoint: hub.url, modelsCatalogueFile: join(dir, 'catalogue.json') });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    await hub?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the first-run hint, pulls a model with its Pull button and progress bar, then lists it installed', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/#/models`);
    await page.getByLabel('API key').fill(KEY_A);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Voices & models' }).click();
    await page.getByRole('heading', { name: 'Voices & models' }).waitFor();
    await expect.poll(() => page.locator('.notice').textContent(), { timeout: 30_000 }).toMatch(/npx video-agent models pull kokoro-82m/);
    const item = page.locator('.model-item', { hasText: 'kokoro-tiny' });
    await item.getByRole('button', { name: 'Pull' }).click();
    await expect.poll(() => item.textContent(), { timeout: 30_000 }).toMatch(/Installed · 2 voices/);
    await item.getByRole('button', { name: 'Remove' }).waitFor();
    await page.screenshot({ path: join(artifacts, 'models-page.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
