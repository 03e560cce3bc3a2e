import { z } from 'zod';
import { layouts, orientations, visualPreferences } from '../../storyboard/index.js';
import { requestableVisualKinds, type EditOperation } from '../edits/index.js';

/*
 * What the model must answer, as zod schemas the AI SDK turns into JSON Schema for structured output.
 * Every field is required and "absent" is null: OpenAI's strict mode (and most OpenAI-compatible servers)
 * accept only that shape. Length limits are enforced after parsing, not in the schema, because several
 * servers reject schemas with string or array bounds.
 */

export const sceneDraftSchema = z.object({
  layout: z.enum(layouts).describe('title (first scene), presenter, bullets, media, quote, stat or cta (last scene)'),
  narration: z.string().describe('What the voice says in this scene: one to three spoken sentences.'),
  headline: z.string().nullable().describe('Short on-screen headline, at most 8 words.'),
  bullets: z.array(z.string()).nullable().describe('For bullets scenes: 2 to 6 short points.'),
  stat: z.string().nullable().describe('For stat scenes: the figure shown big, e.g. "42 %".'),
  attribution: z.string().nullable().describe('For quote scenes: who said it.'),
  media_asset_id: z.string().nullable().describe('For media scenes: the asset_id of an attached image or video.'),
});

export const planOutputSchema = z.object({
  question: z.string().nullable().describe('Only when the request gives nothing to go on: one concrete question back; scenes stay empty.'),
  title: z.string(),
  language: z.string().describe('Language of the narration as a code: en, de, fr, es, pt-br, ja, …'),
  style_id: z.string().nullable(),
  target_seconds: z.number().nullable().describe('The length the request asks for, in seconds, or null when it names none.'),
  scenes: z.array(sceneDraftSchema),
  reserve: z.array(z.string()).describe('Extra on-topic sentences that may be added if the video turns out too short.'),
});
export type PlanOutput = z.infer<typeof planOutputSchema>;

const sceneRef = z.string().describe('A scene id from the storyboard, e.g. "s3".');

const operationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set_title'), title: z.string() }),
  z.object({ op: z.literal('set_narration'), scene_id: sceneRef, narration: z.string() }),
  z.object({ op: z.literal('remove_scene'), scene_id: sceneRef }),
  z.object({ op: z.literal('move_scene'), scene_id: sceneRef, to: z.number().describe('1-based position in the resulting order') }),
  z.object({ op: z.literal('swap_scenes'), scene_id: sceneRef, other_scene_id: sceneRef }),
  z.object({ op: z.literal('merge_scenes'), scene_id: sceneRef, other_scene_id: sceneRef }),
  z.object({ op: z.literal('split_scene'), scene_id: sceneRef }),
  z.object({
    op: z.literal('add_scene'),
    position: z.number().nullable().describe('1-based position, or null for "before the closing call to action"'),
    layout: z.enum(layouts),
    narration: z.string(),
    headline: z.string().nullable(),
    bullets: z.array(z.string()).nullable(),
    stat: z.string().nullable(),
    attribution: z.string().nullable(),
  }),
  z.object({ op: z.literal('set_layout'), scene_id: sceneRef, layout: z.enum(layouts) }),
  z.object({ op: z.literal('set_headline'), scene_id: sceneRef, headline: z.string() }),
  z.object({ op: z.literal('set_bullets'), scene_id: sceneRef, bullets: z.array(z.string()) }),
  z.object({
    op: z.literal('set_voice'),
    voice_id: z.string().nullable().describe('An exact voice id, or null to pick by gender and accent'),
    gender: z.enum(['male', 'female']).nullable(),
    accent: z.string().nullable().describe('e.g. "british", "american", "australian", "indian", "scottish"'),
  }),
  z.object({ op: z.literal('set_avatar'), avatar_id: z.string().nullable() }),
  z.object({ op: z.literal('set_orientation'), orientation: z.enum(orientations) }),
  z.object({ op: z.literal('set_captions'), enabled: z.boolean() }),
  z.object({ op: z.literal('set_pace'), pace: z.number().describe('0.5 to 2; 1 is normal, 1.15 a little faster') }),
  z.object({ op: z.literal('set_duration_target'), seconds: z.number().describe('The new total length in seconds') }),
  z.object({ op: z.literal('revert_to_version'), version: z.number() }),
  z.object({ op: z.literal('approve') }),
  z.object({
    op: z.literal('set_visual'),
    scene_id: sceneRef,
    kind: z.enum(requestableVisualKinds).describe('stock_image (a photo), stock_video (footage), illustration, icon, chart (from the scene’s figures), generated_image, or user_media (an attached file)'),
    query: z.string().nullable().describe('What to show, in English for stock searches ("beach at sunset"), or an illustration name ("honeybee"); null for chart and user_media'),
    asset_id: z.string().nullable().describe('For user_media: the asset_id of an attached image or video'),
  }),
  z.object({ op: z.literal('remove_visual'), scene_id: sceneRef }),
  z.object({ op: z.literal('next_visual'), scene_id: sceneRef }),
  z.object({ op: z.literal('prefer_visuals'), prefer: z.enum(visualPreferences).describe('footage: stock clips and photos where possible; library: built-in illustrations only') }),
]);

export const reviseOutputSchema = z.object({
  operations: z.array(operationSchema).describe('The edits, in the order to apply them; approve last when the user also approves.'),
  reply: z.string().nullable().describe('When no edit applies: a short answer or question for the user.'),
  not_understood: z.array(z.string()).describe('Parts of the message you could not turn into edits, in the user’s words.'),
});
export type ReviseOutput = z.infer<typeof reviseOutputSchema>;
type OperationOutput = z.infer<typeof operationSchema>;

/** Nulls mean "not given": drop them so the result is an EditOperation. */
export function toEditOperation(op: OperationOutput): EditOperation {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(op)) if (value !== null) out[key] = value;
  if (op.op === 'add_scene') out.position = op.position;
  if (op.op === 'set_avatar') out.avatar_id = op.avatar_id;
  return out as EditOperation;
}

/** Scene ids an operation names. */
export function sceneIdsOf(op: OperationOutput): string[] {
  const ids: string[] = [];
  if ('scene_id' in op) ids.push(op.scene_id);
  if ('other_scene_id' in op) ids.push(op.other_scene_id);
  return ids;
}
