import { storyboardDuration, type Storyboard } from '../../storyboard/index.js';
import type { Voice } from '../../media/tts/index.js';
import type { PlanRequest } from '../planner.js';

/** Spoken words per second at pace 1, so the model can size narration before we measure it. */
export const WORDS_PER_SECOND = 2.5;

export function planSystemPrompt(styleIds: readonly string[]): string {
  return [
    'You write storyboards for short narrated videos. Answer with one JSON object that fits the given schema.',
    'Structure: a hook in a "title" scene first, then the body, then a closing call to action in a "cta" scene last.',
    'Pick layouts from the content: steps and lists become "bullets" (2–6 short bullets), a striking number a "stat" scene (the figure in "stat", its meaning in "headline"), a quotation a "quote" scene (the quote in "headline", the speaker in "attribution"), an attached image or video a "media" scene (its asset_id in media_asset_id); everything else "presenter".',
    'Narration is spoken text: plain sentences, no markdown, no stage directions, in the language of the request. Headlines are at most 8 words.',
    'Work from the material given (the request and attached documents): summarise it faithfully and keep its figures and names; do not invent facts.',
    `Length: the narration is spoken at about ${WORDS_PER_SECOND} words per second, and each scene adds about 0.7 s; hit the requested length. Without one, aim for 30–60 s.`,
    'Put 3–8 extra on-topic sentences in "reserve", used only if the video turns out too short.',
    `style_id: one of ${styleIds.map((s) => `"${s}"`).join(', ') || '"clean"'}, or null.`,
    'Only when the request gives nothing to go on (no topic, no material) set "question" to one concrete question and leave scenes empty.',
  ].join('\n');
}

export function planUserPrompt(request: PlanRequest, images: { asset_id: string; mime_type: string }[]): string {
  const lines = [`Request:\n${request.prompt}`];
  if (request.duration_sec !== null) lines.push(`Requested length: ${request.duration_sec} s (about ${Math.round(request.duration_sec * WORDS_PER_SECOND * 0.85)} words of narration in total).`);
  if (request.orientation) lines.push(`Orientation: ${request.orientation}.`);
  if (request.skip_agentic_stop) lines.push('Do not ask a question: make your best guess and write the storyboard.');
  for (const doc of request.attachments.filter((a) => a.text)) {
    lines.push(`Attached document ${doc.filename ?? doc.asset_id}:\n${doc.text!.slice(0, 30_000)}`);
  }
  if (images.length > 0) lines.push(`Attached media (use each in a media scene): ${images.map((m) => `${m.asset_id} (${m.mime_type})`).join(', ')}.`);
  return lines.join('\n\n');
}

export function reviseSystemPrompt(): string {
  return [
    'You revise a video storyboard from the user’s feedback by returning edit operations as one JSON object that fits the given schema.',
    'Name scenes by their id (s1, s2, …). "Scene 2" means the second scene in the current order; "the intro" the first; "the last scene" the last; "the scene about X" the one whose text is about X.',
    'One message may ask for several edits: return them all, in order. "Shorter"/"longer" without a number means about 25 % shorter/longer than now: use set_duration_target with the new total in seconds.',
    'Voices: use set_voice with gender and/or accent unless the user names an exact voice id.',
    'Pictures: each scene shows one (its "visual"). "Use a photo of X for scene 2" is set_visual (stock_image, query X); footage/a clip is stock_video; "my upload"/"the attached image" is set_visual user_media with that asset_id; "use a chart" is set_visual chart; "no picture on the title" is remove_visual; "a different picture" is next_visual; "more footage, fewer icons" is prefer_visuals footage.',
    'When the user approves ("looks good", "render it", "ship it"), add an approve operation (after any edits in the same message). Do not approve when the user says to wait.',
    'If nothing in the message is an edit you can express, return no operations and put a short answer or question in "reply"; list what you could not do in "not_understood".',
  ].join('\n');
}

export function reviseUserPrompt(storyboard: Storyboard, history: readonly Storyboard[], message: string, voices: readonly Voice[], attachments: readonly { asset_id: string; mime_type: string }[] = []): string {
  const base = storyboard.language.slice(0, 2);
  const sameLanguage = voices.filter((v) => v.language.slice(0, 2) === base).slice(0, 20);
  const scenes = storyboard.scenes.map((s, i) => ({
    number: i + 1,
    id: s.id,
    layout: s.layout,
    headline: s.headline ?? null,
    ...(s.bullets ? { bullets: s.bullets } : {}),
    narration: s.narration,
    seconds: Math.round(s.duration_sec * 10) / 10,
    picture: s.visual ? `${s.visual.kind}${s.visual.source ? ` ${s.visual.source.id}` : ''}` : null,
  }));
  const media = attachments.filter((a) => a.mime_type.startsWith('image/') || a.mime_type.startsWith('video/'));
  return [
    `Current storyboard (version ${storyboard.version}; earlier versions: ${history.map((v) => v.version).filter((v) => v !== storyboard.version).join(', ') || 'none'}):`,
    JSON.stringify({
      title: storyboard.title,
      language: storyboard.language,
      orientation: storyboard.orientation,
      voice_id: storyboard.voice_id,
      pace: storyboard.pace,
      captions: storyboard.captions.enabled,
      total_seconds: Math.round(storyboardDuration(storyboard)),
      scenes,
    }),
    `Voices for this language: ${sameLanguage.map((v) => `${v.voice_id} (${v.gender}, ${v.language})`).join('; ') || 'none listed'}.`,
    ...(media.length > 0 ? [`Attached with this message: ${media.map((a) => `${a.asset_id} (${a.mime_type})`).join(', ')}.`] : []),
    `User feedback:\n${message}`,
  ].join('\n\n');
}
