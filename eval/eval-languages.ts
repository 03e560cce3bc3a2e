import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuiltinPlanner } from '../src/agent/index.js';
import { messageLanguage, textLanguage } from '../src/agent/language/index.js';
import { storyboardGlyphCoverage } from '../src/media/fonts/index.js';
import { resolveFfmpegPath } from '../src/media/ffmpeg/index.js';
import { renderVideo } from '../src/media/render/index.js';
import { espeakContext } from './espeak-context.js';
import { LANGUAGE_CASES } from './language-cases.js';

/**
 * `npm run eval:languages`: for each of the fifteen languages, plans a video from a prompt with a quoted script
 * and an instruction, renders it, and checks glyph coverage, narration = script, length ±15 %, and the
 * language of the title and of the agent's message. Exits non-zero when a check fails. `--keep DIR` keeps the videos.
 */
const keepAt = process.argv.indexOf('--keep');
const keepDir = keepAt > 0 ? process.argv[keepAt + 1] : undefined;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const squash = (t: string) => t.replace(/\s+/g, '');
const base = (tag: string) => (tag === 'cmn' ? 'zh' : tag.split('-')[0]!);

const { engine, context } = await espeakContext();
const rows: string[][] = [['lang', 'glyphs', 'narration', 'length', 'title', 'message', 'voice']];
let failed = 0;
for (const c of LANGUAGE_CASES.filter((x) => !only || only.includes(x.language))) {
  const result = await new BuiltinPlanner().plan(
    { prompt: c.prompt, attachments: [], orientation: null, duration_sec: null, voice_id: null, avatar_id: null, style_id: null, skip_agentic_stop: false },
    context,
  );
  if (result.kind !== 'storyboard') {
    rows.push([c.language, 'no storyboard', result.message.slice(0, 60), '', '', '', '']);
    failed++;
    continue;
  }
  const sb = result.storyboard;
  const coverage = storyboardGlyphCoverage(sb);
  const narration = sb.scenes.map((s) => s.narration).join(' ');
  const workDir = keepDir ? join(keepDir, c.language) : await mkdtemp(join(tmpdir(), `eval-${c.language}-`));
  await mkdir(workDir, { recursive: true });
  const out = await renderVideo(sb, { tts: engine, workDir, ffmpegPath: resolveFfmpegPath(), resolveAsset: async (id) => { throw new Error(`no asset ${id}`); }, resolution: 720, presenterFor: () => null });
  const checks = {
    glyphs: coverage.missing.length === 0,
    narration: squash(narration) === squash(c.script),
    length: Math.abs(out.duration - c.seconds) <= c.seconds * 0.15,
    title: base(textLanguage(sb.title)) === c.language || squash(c.script).startsWith(squash(sb.title)),
    message: messageLanguage(result.message) === c.language,
  };
  rows.push([
    c.language,
    `${checks.glyphs ? 'ok' : 'FAIL'} ${coverage.characters - coverage.missing.length}/${coverage.characters}`,
    checks.narration ? 'ok' : 'FAIL',
    `${checks.length ? 'ok' : 'FAIL'} ${out.duration.toFixed(1)} s`,
    `${checks.title ? 'ok' : 'FAIL'} ${sb.title.slice(0, 24)}`,
    `${checks.message ? 'ok' : 'FAIL'} ${messageLanguage(result.message)}`,
    sb.voice_id,
  ]);
  if (Object.values(checks).includes(false)) failed++;
  if (!keepDir) await rm(workDir, { recursive: true, force: true });
}
await engine.close();
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
process.stdout.write(`${rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')).join('\n')}\n`);
process.stdout.write(failed === 0 ? `All ${rows.length - 1} languages pass.\n` : `${failed} language(s) fail.\n`);
process.exitCode = failed === 0 ? 0 : 1;
