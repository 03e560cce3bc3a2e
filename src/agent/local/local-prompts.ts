import type { PlanRequest } from '../planner.js';
import type { OutlineOutput } from './local-schemas.js';

/*
 * Short prompts in small steps: a 1–2 B model keeps to the topic when it writes an outline first and then one
 * scene at a time with the outline in view, where one long answer drifts. Documents are clipped to what a
 * 4k-token context holds next to the instructions.
 */

const DOCUMENT_CHARS = 6000;

export function outlineSystem(language: string, suffix: string): string {
  return [
    `You plan short narrated videos. Write in ${language}.`,
    'Answer with JSON only: a title taken from the content, and the scenes in order, each with a layout, an on-screen headline (at most 8 words) and the one point it makes.',
    'Scene 1 is a "title" scene that states what the video is about; the last is a "cta" scene with a concrete next step. Between them: "bullets" for lists or steps (keep the items in their order and their kind: mistakes stay mistakes), "stat" for a striking number, "quote" for a quotation, else "presenter".',
    'Use only facts from the request and the documents; never filler such as "in this video we will look at".',
    suffix,
  ].filter(Boolean).join('\n');
}

export function outlinePrompt(request: PlanRequest, scenes: number, seconds: number): string {
  const lines = [`Request: ${request.prompt.slice(0, 4000)}`, `Plan ${scenes} scenes for a video of about ${seconds} seconds.`];
  for (const doc of request.attachments.filter((a) => a.text)) lines.push(`Document ${doc.filename ?? doc.asset_id}:\n${doc.text!.slice(0, DOCUMENT_CHARS)}`);
  return lines.join('\n\n');
}

export function sceneSystem(language: string, suffix: string): string {
  return [
    `You write the narration of one scene of a short video, in ${language}.`,
    'Answer with JSON only. "narration": what the voice says, plain spoken sentences, no markdown, no stage directions, no filler. "bullets": for a bullets scene 2–5 short items, else an empty list. "stat": for a stat scene the figure shown big (e.g. "42 %"), else "". "attribution": for a quote scene who said it, else "".',
    suffix,
  ].filter(Boolean).join('\n');
}

export function scenePrompt(request: PlanRequest, outline: OutlineOutput, index: number, words: number): string {
  const scene = outline.scenes[index]!;
  const plan = outline.scenes.map((s, i) => `${i + 1}. [${s.layout}] ${s.headline}: ${s.point}`).join('\n');
  return [
    `Video: ${outline.title}`,
    `Request: ${request.prompt.slice(0, 1500)}`,
    `Outline:\n${plan}`,
    `Write scene ${index + 1} of ${outline.scenes.length} (${scene.layout}): "${scene.headline}" — ${scene.point}`,
    `About ${words} words of narration.`,
  ].join('\n\n');
}
