import { describe, expect, it } from 'vitest';
import { parseVisualFeedback, pictureRequest, type Attachment } from '../../../src/agent/index.js';
import { baseStoryboard } from '../test-context.js';

const { current: sb } = baseStoryboard();
const upload: Attachment = { asset_id: 'ast_beach', mime_type: 'image/png', filename: 'beach.png', text: null };
const parse = (message: string, attachments: Attachment[] = []) => parseVisualFeedback(message, sb, attachments);

describe('picture requests in feedback', () => {
  it('asks for a stock photo on a named scene', () => {
    expect(parse('Use a photo of a beach for scene 2').operations).toEqual([{ op: 'set_visual', scene_id: 's2', kind: 'stock_image', query: 'beach' }]);
    expect(parse('use a photo of people on a beach in scene 3').operations).toEqual([{ op: 'set_visual', scene_id: 's3', kind: 'stock_image', query: 'people on a beach' }]);
    expect(parse('put some footage of a city at night on the last scene').operations).toEqual([{ op: 'set_visual', scene_id: 's6', kind: 'stock_video', query: 'city at night' }]);
  });

  it('names an illustration or an icon', () => {
    expect(parse("use the illustration 'honeybee' for scene 2").operations).toEqual([{ op: 'set_visual', scene_id: 's2', kind: 'illustration', query: 'honeybee' }]);
    expect(parse('use an icon of a rocket for scene 4').operations).toEqual([{ op: 'set_visual', scene_id: 's4', kind: 'icon', query: 'rocket' }]);
  });

  it('removes pictures from the title, one scene, or every scene', () => {
    expect(parse('no pictures on the title').operations).toEqual([{ op: 'remove_visual', scene_id: 's1' }]);
    expect(parse('remove the picture from scene 3').operations).toEqual([{ op: 'remove_visual', scene_id: 's3' }]);
    expect(parse('No pictures').operations).toHaveLength(sb.scenes.length);
  });

  it('puts the attached upload on a scene', () => {
    expect(parse('replace the picture in scene 3 with my upload', [upload]).operations).toEqual([{ op: 'set_visual', scene_id: 's3', kind: 'user_media', asset_id: 'ast_beach' }]);
    const missing = parse('replace the picture in scene 3 with my upload');
    expect(missing.operations).toEqual([]);
    expect(missing.problems[0]).toMatch(/attach the image or video/);
  });

  it('prefers footage or the library for the whole video', () => {
    expect(parse('more footage, fewer icons').operations).toEqual([{ op: 'prefer_visuals', prefer: 'footage' }]);
    expect(parse('only illustrations please').operations).toEqual([{ op: 'prefer_visuals', prefer: 'library' }]);
  });

  it('asks for another picture, and for the scene when none is named', () => {
    expect(parse('another picture for scene 4').operations).toEqual([{ op: 'next_visual', scene_id: 's4' }]);
    expect(parse('change the picture in the intro').operations).toEqual([{ op: 'next_visual', scene_id: 's1' }]);
    const vague = parse('a different picture');
    expect(vague.operations).toEqual([]);
    expect(vague.problems[0]).toMatch(/which scene/);
  });

  it('asks for a chart', () => {
    expect(parse('use a chart for scene 4').operations).toEqual([{ op: 'set_visual', scene_id: 's4', kind: 'chart' }]);
    expect(parse('make scene 4 a bar chart').operations).toEqual([{ op: 'set_visual', scene_id: 's4', kind: 'chart' }]);
  });

  it('leaves the rest of the message to the general parser', () => {
    const parsed = parse('Use a photo of a beach for scene 2 and make it shorter. Turn captions off');
    expect(parsed.operations).toEqual([{ op: 'set_visual', scene_id: 's2', kind: 'stock_image', query: 'beach' }]);
    expect(parsed.rest).toBe('make it shorter. Turn captions off');
    expect(parse('make it shorter').rest).toBe('make it shorter');
  });

  it('reads picture descriptions', () => {
    expect(pictureRequest('an AI generated image of a robot barista')).toEqual({ kind: 'generated_image', query: 'robot barista' });
    expect(pictureRequest('the weather')).toBeNull();
  });
});
