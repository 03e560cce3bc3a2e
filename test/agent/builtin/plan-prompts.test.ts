import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuiltinPlanner, markdownToText, type PlanRequest } from '../../../src/agent/index.js';
import { fillerSentences } from '../../../src/agent/text/index.js';
import { storyboardDuration, validateStoryboard, sceneSeconds, type Storyboard } from '../../../src/storyboard/index.js';
import { testContext, testVoices, wordMeasure } from '../test-context.js';

interface PromptFixture {
  name: string;
  kind: string;
  prompt: string;
  attachments?: { filename: string; mime_type: string; markdown?: string; text?: string }[];
  orientation?: 'landscape' | 'portrait';
  duration_sec?: number;
  voice_id?: string;
  style_id?: string;
  skip_agentic_stop?: boolean;
  expect: {
    question?: boolean;
    /** A bare topic: the built-in rules, with nothing to say about it, ask back in chat mode (a language model writes it). */
    builtinQuestion?: boolean;
    /** Nothing to go on even when told never to ask: a plain error, no storyboard. */
    error?: boolean;
    language?: string;
    orientation?: string;
    layouts?: string[];
    anyOfLayouts?: string[];
    minScenes?: number;
    maxScenes?: number;
    titleIncludes?: string;
    narrationIncludes?: string[];
    durationTarget?: number;
    maxSeconds?: number;
    voiceLanguage?: string;
    voiceId?: string;
    styleId?: string;
    /** The exact title (the request's topic in Title Case). */
    title?: string;
    /** Figures that must each appear as a stat scene. */
    stats?: string[];
    /** Words the closing scene's narration and headline must carry (the call to action the user asked for). */
    ctaIncludes?: string;
    /** Without a length asked, the length follows the material: at least this many seconds (default 2). */
    minSeconds?: number;
  };
}

/** Instruction wording that must never be read aloud. */
const instructionPhrases =
  /\b(?:\d+[\s-]*second video|second explainer|explainer on|end with|finish with|close with|make a video|create a video|call to action|summari[sz]e this|for tiktok|target audience|friendly tone|mention that|sekunden-video|zum schluss|erstelle ein)\b/i;

const dir = fileURLToPath(new URL('../../fixtures/prompts/', import.meta.url));
const fixtures: PromptFixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as PromptFixture);

function request(f: PromptFixture): PlanRequest {
  return {
    prompt: f.prompt,
    attachments: (f.attachments ?? []).map((a, i) => ({
      asset_id: `asset_${i}`,
      mime_type: a.mime_type,
      filename: a.filename,
      text: a.markdown !== undefined ? markdownToText(a.markdown) : (a.text ?? null),
    })),
    orientation: f.orientation ?? null,
    duration_sec: f.duration_sec ?? null,
    voice_id: f.voice_id ?? null,
    avatar_id: null,
    style_id: f.style_id ?? null,
    skip_agentic_stop: f.skip_agentic_stop ?? false,
  };
}

/** Checks that hold for every planned storyboard, whatever the prompt. */
async function expectSensible(sb: Storyboard): Promise<void> {
  validateStoryboard(sb);
  expect(sb.version).toBe(1);
  expect(sb.scenes[0]!.layout).toBe('title');
  // A closing call to action only when the user asked for one or wrote one: never a sign-off as padding.
  expect(sb.scenes.slice(0, -1).every((s) => s.layout !== 'cta')).toBe(true);
  expect(sb.scenes.map((s) => s.id)).toEqual(sb.scenes.map((_, i) => `s${i + 1}`));
  expect(sb.avatar_id).toBeNull();
  // No content-free sentence, ever.
  expect(fillerSentences(sb.scenes.map((s) => s.narration).join(' '))).toEqual([]);
  expect(sb.title).not.toMatch(/^(?:our topic|untitled)$/i);
  // The voice is never slowed to fill time.
  expect(sb.pace).toBeGreaterThanOrEqual(1);
  expect(sb.pace).toBeLessThanOrEqual(1.15);
  for (const scene of sb.scenes) {
    expect(scene.presenter).toBe('none');
    expect(scene.narration.trim().length).toBeGreaterThan(0);
    expect(scene.headline?.trim().length ?? 0).toBeGreaterThan(0);
    // duration_sec is what the renderer shows: the measured narration plus its padding, at least 2 s.
    expect(scene.duration_sec).toBeCloseTo(sceneSeconds(await wordMeasure(scene.narration, sb.voice_id, sb.pace)), 2);
    if (scene.layout === 'bullets') expect(scene.bullets?.length ?? 0).toBeGreaterThanOrEqual(2);
    if (scene.layout === 'stat') expect(scene.stat).toMatch(/\d/);
    if (scene.layout === 'quote') expect(scene.headline!.length).toBeGreaterThan(8);
  }
  expect(testVoices.some((v) => v.voice_id === sb.voice_id)).toBe(true);
}

describe('BuiltinPlanner.plan on fixture prompts', () => {
  it('has at least 30 prompts of at least 10 kinds', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(fixtures.map((f) => f.kind)).size).toBeGreaterThanOrEqual(10);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name} (${fixture.kind})`, async () => {
      const context = testContext();
      const e = fixture.expect;
      if (e.error) {
        await expect(new BuiltinPlanner().plan(request(fixture), context)).rejects.toThrow(/send a topic/);
        return;
      }
      const result = await new BuiltinPlanner().plan(request(fixture), context);
      if (e.question || e.builtinQuestion) {
        expect(result.kind).toBe('question');
        expect(result.message).toMatch(/\?/);
        expect(result.message.toLowerCase()).toMatch(/topic|about|über|sur|sobre|su/);
        return;
      }
      expect(result.kind).toBe('storyboard');
      if (result.kind !== 'storyboard') return;
      const sb = result.storyboard;
      await expectSensible(sb);
      expect(result.message).toContain(sb.title);
      expect(result.message).not.toMatch(/tell me what to change/i);
      if (e.language) expect(sb.language).toBe(e.language);
      expect(sb.orientation).toBe(e.orientation ?? 'landscape');
      const layouts = sb.scenes.map((s) => s.layout);
      for (const layout of e.layouts ?? []) expect(layouts).toContain(layout);
      if (e.anyOfLayouts) expect(layouts.some((l) => e.anyOfLayouts!.includes(l))).toBe(true);
      if (e.minScenes) expect(sb.scenes.length).toBeGreaterThanOrEqual(e.minScenes);
      if (e.maxScenes) expect(sb.scenes.length).toBeLessThanOrEqual(e.maxScenes);
      if (e.titleIncludes) expect(sb.title).toContain(e.titleIncludes);
      const narration = sb.scenes.map((s) => s.narration).join(' ');
      for (const words of e.narrationIncludes ?? []) expect(narration).toContain(words);
      for (const scene of sb.scenes) expect(scene.narration).not.toMatch(instructionPhrases);
      if (e.title) expect(sb.title).toBe(e.title);
      for (const figure of e.stats ?? []) expect(sb.scenes.filter((s) => s.layout === 'stat').map((s) => s.stat)).toContain(figure);
      if (e.ctaIncludes) {
        const cta = sb.scenes.at(-1)!;
        expect(cta.narration).toContain(e.ctaIncludes);
        expect(cta.headline!.toLowerCase()).toContain(e.ctaIncludes.toLowerCase().split(/\s+/).slice(0, 2).join(' '));
      }
      const seconds = storyboardDuration(sb);
      if (e.durationTarget) {
        expect(sb.duration_target_sec).toBe(e.durationTarget);
        // Reached when the material allows; never overshot, and a shorter video says so (nothing is padded).
        expect(seconds).toBeLessThanOrEqual(e.durationTarget * 1.1);
        if (seconds < e.durationTarget * 0.9) expect(result.message).toMatch(/rather than|statt|au lieu|en lugar|title video|Titelvideo/);
      } else {
        expect(sb.duration_target_sec).toBeNull();
        expect(seconds).toBeGreaterThanOrEqual(e.minSeconds ?? 2);
        expect(seconds).toBeLessThanOrEqual(e.maxSeconds ?? 66);
      }
      if (e.voiceLanguage) expect(testVoices.find((v) => v.voice_id === sb.voice_id)!.language.startsWith(e.voiceLanguage)).toBe(true);
      if (e.voiceId) expect(sb.voice_id).toBe(e.voiceId);
      expect(sb.style_id).toBe(e.styleId ?? 'clean');
      // Progress only goes up and ends at 1.
      expect(context.progress.length).toBeGreaterThan(1);
      expect(context.progress.every((p, i) => i === 0 || p >= context.progress[i - 1]!)).toBe(true);
      expect(context.progress[context.progress.length - 1]).toBe(1);
    });
  }

  it('is deterministic: the same prompt gives the same storyboard', async () => {
    const f = fixtures.find((x) => x.name === 'long-article-beekeeping')!;
    const a = await new BuiltinPlanner().plan(request(f), testContext());
    const b = await new BuiltinPlanner().plan(request(f), testContext());
    expect(a).toEqual(b);
  });

  it('keeps the article’s important sentences in their original order', async () => {
    const f = fixtures.find((x) => x.name === 'long-article-beekeeping')!;
    const result = await new BuiltinPlanner().plan(request(f), testContext());
    if (result.kind !== 'storyboard') throw new Error('expected a storyboard');
    const article = f.prompt;
    const sentences = result.storyboard.scenes.slice(0, -1).flatMap((s) => s.narration.split(/(?<=[.!?])\s+/));
    const positions = sentences.map((s) => article.indexOf(s.replace(/^Here is .*$/, ''))).filter((p) => p > 0);
    expect(positions.length).toBeGreaterThanOrEqual(4);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(result.storyboard.scenes.at(-1)!.narration).toContain('visit your local beekeeping association');
  });

  it('stops with an AbortSignal', async () => {
    const controller = new AbortController();
    controller.abort();
    const f = fixtures.find((x) => x.name === 'explainer-pricing')!;
    await expect(new BuiltinPlanner().plan(request(f), testContext({ signal: controller.signal }))).rejects.toThrow();
  });
});
