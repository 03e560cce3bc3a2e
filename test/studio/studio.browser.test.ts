import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_A, startTestServer, type TestServer } from '../support/test-server.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`skipping the studio browser test: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);

const artifacts = join(process.cwd(), 'test-artifacts', 'studio');

/** expect.poll with room for two shared cores: the default second is too short while other suites render. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });

/** A free loopback port, so PUBLIC_URL (the base of signed media links) names the port we listen on. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe.skipIf(!hasChromium)('the web studio in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    await rm(artifacts, { recursive: true, force: true });
    await mkdir(artifacts, { recursive: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await startTestServer({ port, publicUrl: base });
    await server.app.listen({ port, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  function watchConsole(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    return errors;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });

  it('refuses a wrong key with a message, and is usable from the keyboard alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(base);
    // The login field has focus: type a wrong key and press Enter.
    await page.getByLabel('API key').waitFor();
    await page.keyboard.type('not-a-key');
    await page.keyboard.press('Enter');
    await eventually(() => page.getByRole('alert').textContent()).toContain('not accepted');
    await page.getByLabel('API key').fill(KEY_A);
    await page.keyboard.press('Enter');

    // From the prompt, Tab walks through the form's controls in order, each one a real control.
    await page.getByRole('textbox', { name: 'What is your video about?' }).waitFor();
    await eventually(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^prompt-/);
    await eventually(() => page.locator('.thumb-option').count()).toBeGreaterThan(1);
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const type = el.getAttribute('type');
        return `${el.tagName.toLowerCase()}${type ? `[${type}]` : ''}${el.getAttribute('aria-label') ? `:${el.getAttribute('aria-label')}` : ''}`;
      }));
    }
    expect(reached[0]).toBe('label'); // "choose files", a focusable label for the file input
    expect(reached).toContain('input[radio]');
    expect(reached).toContain('input[number]:Target length in seconds');
    expect(reached).toContain('select');
    // A focused control shows a ring.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
    expect(ring === 'none' ? await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle) : ring).not.toBe('none');

    // The voice picker plays a sample of the chosen voice (a public URL, so <audio> needs no key).
    const voice = page.getByLabel('Voice', { exact: true });
    const firstVoice = await voice.locator('optgroup option').first().getAttribute('value');
    await voice.selectOption(firstVoice!);
    const preview = page.waitForResponse((response) => response.url().includes(`/v3/voices/${encodeURIComponent(firstVoice!)}/preview`));
    await page.getByRole('button', { name: 'Play a sample of the voice' }).click();
    expect((await preview).status()).toBe(200);
    await context.close();
  });

  it('stops a render from the progress bar and keeps the storyboard', async () => {
    const created = await server.call('POST', '/v3/video-agents', { prompt: 'Three reasons to drink water: energy, focus and healthy skin.', mode: 'chat', duration_sec: 30 });
    const sessionId = created.body.data.session_id as string;
    await server.waitFor(sessionId, ['reviewing']);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript((key) => localStorage.setItem('ova.apiKey', key), KEY_A);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${base}/#/s/${sessionId}`);
    await page.getByRole('button', { name: 'Approve and render' }).click();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('.status-pill', { hasText: 'Waiting for you' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.scene-card').count()).toBeGreaterThan(0);
    await eventually(() => page.locator('.progress-row').isHidden()).toBe(true);
    expect((await server.call('GET', `/v3/video-agents/${sessionId}`)).body.data.status).toBe('waiting_for_input');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('takes a prompt with an attachment to a reviewed, edited, approved video that plays, with no console errors', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchConsole(page);

    // The studio's files need no key; it asks for one and says where to find it.
    await page.goto(base);
    await eventually(() => page.getByLabel('API key').isVisible()).toBe(true);
    expect(await page.locator('.login-card').textContent()).toContain('DATA_DIR/api-key');
    await shot(page, '01-login');
    await page.getByLabel('API key').fill(KEY_A);
    await page.getByRole('button', { name: 'Open the studio' }).click();

    // Start a video: prompt, an attachment (uploaded through POST /v3/assets), landscape, 8 seconds.
    const prompt = page.getByRole('textbox', { name: 'What is your video about?' });
    await prompt.waitFor();
    await prompt.fill('A short explainer on why bees matter: they pollinate a third of the crops we eat.');
    const notes = join(artifacts, 'bee-notes.md');
    await writeFile(notes, '# Bee notes\n\nBees pollinate a third of our crops. Without them, apples and almonds would be rare.\n');
    await page.locator('input[type=file]').setInputFiles(notes);
    await eventually(() => page.locator('.chip').textContent()).toContain('KB');
    await page.getByRole('radio', { name: 'Landscape 16:9' }).check();
    await page.getByLabel('Target length in seconds').fill('8');
    await eventually(() => page.locator('.thumb-option img').count()).toBeGreaterThan(0);
    await eventually(() => page.locator('select option').count()).toBeGreaterThan(2);
    await shot(page, '02-create');
    await page.getByRole('button', { name: 'Create storyboard' }).click();

    // The review: live from the event stream, one card per scene with its frame.
    await page.waitForURL(/#\/s\/ses_/);
    const sessionId = /#\/s\/([^/]+)/.exec(page.url())![1]!;
    await page.locator('.status-pill', { hasText: 'Ready for review' }).waitFor({ timeout: 60_000 });
    await page.locator('.scene-card img').first().waitFor();
    await eventually(() => page.locator('.scene-card img').evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
    const sceneCount = await page.locator('.scene-card').count();
    expect(sceneCount).toBeGreaterThan(0);
    expect(await page.locator('.message-user').first().textContent()).toContain('bees matter');
    await shot(page, '03-review');

    // Edit a narration in place: it goes as feedback and comes back as version 2.
    const narration = page.getByLabel(/Narration/).first();
    const edited = 'Bees carry pollen from flower to flower, and that is how a third of our food grows.';
    await narration.fill(edited);
    await page.getByRole('button', { name: 'Send edit' }).first().click();
    await page.locator('option', { hasText: 'Version 2 (latest)' }).waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator('.status-pill', { hasText: 'Ready for review' }).waitFor({ timeout: 60_000 });
    await eventually(() => page.getByLabel(/Narration/).first().inputValue()).toBe(edited);
    const feedback = await server.call('GET', `/v3/video-agents/${sessionId}`);
    expect(feedback.body.data.messages.some((m: { role: string; content: string }) => m.role === 'user' && m.content.startsWith('Change the narration of scene 1 to'))).toBe(true);
    await shot(page, '04-edited');

    // Swap scene 1's picture from the library search: it goes as a chat message and comes back as version 3.
    await page.getByRole('button', { name: 'Change picture' }).first().click();
    await page.getByLabel('Find a picture for scene 1').fill('honeybee');
    await page.getByLabel('Find a picture for scene 1').press('Enter');
    await page.getByRole('button', { name: 'Use illustration “honeybee” for scene 1' }).click();
    await page.locator('option', { hasText: 'Version 3 (latest)' }).waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator('.status-pill', { hasText: 'Ready for review' }).waitFor({ timeout: 60_000 });
    await eventually(() => page.locator('.scene-visual').first().textContent()).toContain('honeybee');
    await shot(page, '04b-picture-swapped');

    // The earlier version is selectable.
    await page.getByLabel('Storyboard version').selectOption('1');
    await page.getByRole('button', { name: 'Restore version 1' }).waitFor();
    await page.getByLabel('Storyboard version').selectOption('3');

    // Approve: the progress bar shows while it renders, then the player.
    await page.getByRole('button', { name: 'Approve and render' }).click();
    // Best effort: an 8 s render may finish before the bar is seen, so this picture is not asserted.
    const rendering = await page.locator('.progress-row:not([hidden])').waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (rendering) await shot(page, '05-rendering');
    await page.locator('video.player').waitFor({ timeout: 120_000 });
    const media = await page.locator('video.player').evaluate(async (video: HTMLVideoElement) => {
      if (video.readyState < 1) await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
      video.muted = true;
      await video.play();
      // Playing means the clock moves: wait for it (bounded, so a stuck player fails instead of hanging).
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the video did not advance (readyState ${video.readyState})`)), 30_000);
        const check = () => {
          if (video.currentTime > 0) {
            clearTimeout(timer);
            resolve();
          } else video.addEventListener('timeupdate', check, { once: true });
        };
        check();
      });
      const result = { readyState: video.readyState, duration: video.duration, currentTime: video.currentTime, tracks: video.textTracks.length };
      video.pause();
      return result;
    });
    expect(media.readyState).toBeGreaterThanOrEqual(2);
    expect(media.duration).toBeGreaterThan(4);
    expect(media.currentTime).toBeGreaterThan(0);
    await eventually(() => page.locator('video.player track').count()).toBe(1);
    const downloads = await page.locator('.downloads a').evaluateAll((links) => links.map((a) => a.textContent));
    expect(downloads).toEqual(['MP4', 'MP4 with captions', 'Subtitles (SRT)']);
    await page.locator('.status-pill', { hasText: 'Completed' }).waitFor();
    await shot(page, '06-result');

    // "Revise" goes on chatting; the past sessions list has this one.
    await page.getByRole('button', { name: 'Revise' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder') ?? '')).toContain('What should change');
    await eventually(() => page.locator('.session-link.is-current').count()).toBe(1);

    // A phone-sized screen: the same session, then the session drawer.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '07-phone-result');
    await page.getByRole('button', { name: 'Your videos' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifacts, '08-phone-menu.png') });
    await page.keyboard.press('Escape');
    await page.goto(`${base}/#/`);
    await page.getByRole('textbox', { name: 'What is your video about?' }).waitFor();
    await shot(page, '09-phone-create');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    expect(errors).toEqual([]);
    await context.close();
    // Two shared cores: planning, two scene-image passes and a render take longer when other suites run.
  }, 240_000);
});
