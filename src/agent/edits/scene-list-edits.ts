import { nextSceneId, type Scene } from '../../storyboard/index.js';
import { headlineFrom, splitSentences } from '../text/index.js';
import { adaptToLayout } from './adapt-to-layout.js';
import type { EditAppliers } from './edit-state.js';

const MAX_SCENES = 60;

/** Edits that add, remove or reorder scenes. */
export const sceneListEdits: Pick<EditAppliers, 'remove_scene' | 'move_scene' | 'swap_scenes' | 'merge_scenes' | 'split_scene' | 'add_scene'> = {
  remove_scene: (op, state) => {
    const found = state.scene(op.scene_id);
    if (found && state.sb.scenes.length <= 1) state.problems.push('the video needs at least one scene, so the last one stays');
    else if (found) state.setScenes(state.sb.scenes.filter((s) => s.id !== op.scene_id));
  },
  move_scene: (op, state) => {
    const found = state.scene(op.scene_id);
    if (!found) return;
    const to = Math.round(op.to);
    if (to < 1 || to > state.sb.scenes.length) {
      state.problems.push(`position ${to} does not exist (there are ${state.sb.scenes.length} scenes)`);
      return;
    }
    const scenes = state.sb.scenes.filter((s) => s.id !== op.scene_id);
    scenes.splice(to - 1, 0, found.scene);
    state.setScenes(scenes);
  },
  swap_scenes: (op, state) => {
    const a = state.scene(op.scene_id);
    const b = state.scene(op.other_scene_id);
    if (!a || !b) return;
    if (a.index === b.index) {
      state.problems.push('a scene cannot be swapped with itself');
      return;
    }
    const scenes = [...state.sb.scenes];
    scenes[a.index] = b.scene;
    scenes[b.index] = a.scene;
    state.setScenes(scenes);
  },
  merge_scenes: (op, state) => {
    const a = state.scene(op.scene_id);
    const b = state.scene(op.other_scene_id);
    if (!a || !b) return;
    if (a.index === b.index) {
      state.problems.push('a scene cannot be merged with itself');
      return;
    }
    const [first, second] = a.index < b.index ? [a, b] : [b, a];
    const bullets = [...(first.scene.bullets ?? []), ...(second.scene.bullets ?? [])].slice(0, 8);
    const merged: Scene = { ...first.scene, narration: `${first.scene.narration} ${second.scene.narration}`.slice(0, 5000) };
    if (bullets.length > 0) merged.bullets = bullets;
    // A title or closing card keeps its role; other layouts take what the joined text supports.
    if (merged.layout !== 'title' && merged.layout !== 'cta' && bullets.length >= 2) merged.layout = 'bullets';
    const scenes = state.sb.scenes.filter((s) => s.id !== second.scene.id);
    scenes[first.index] = merged;
    state.setScenes(scenes);
  },
  split_scene: (op, state) => {
    const found = state.scene(op.scene_id);
    if (!found) return;
    const sentences = splitSentences(found.scene.narration);
    if (sentences.length < 2) {
      state.problems.push(`scene ${found.index + 1} has only one sentence, so it cannot be split`);
      return;
    }
    if (state.sb.scenes.length >= MAX_SCENES) {
      state.problems.push(`a video can have at most ${MAX_SCENES} scenes`);
      return;
    }
    const half = Math.ceil(sentences.length / 2);
    const firstText = sentences.slice(0, half).join(' ');
    const secondText = sentences.slice(half).join(' ');
    const layout = found.scene.layout;
    const first: Scene = { ...found.scene, narration: firstText };
    const second: Scene = {
      id: nextSceneId(state.sb),
      layout: layout === 'title' || layout === 'cta' || layout === 'stat' || layout === 'quote' ? 'presenter' : layout,
      narration: secondText,
      headline: headlineFrom(secondText, 7),
      presenter: found.scene.presenter,
      transition: found.scene.transition,
      duration_sec: 0,
    };
    if (found.scene.bullets && found.scene.bullets.length >= 4) {
      const cut = Math.ceil(found.scene.bullets.length / 2);
      first.bullets = found.scene.bullets.slice(0, cut);
      second.bullets = found.scene.bullets.slice(cut);
    } else if (second.layout === 'bullets') second.layout = 'presenter';
    if (second.layout === 'media' && found.scene.media) second.media = found.scene.media;
    const scenes = [...state.sb.scenes];
    scenes.splice(found.index, 1, first, second);
    state.setScenes(scenes);
  },
  add_scene: (op, state) => {
    const sb = state.sb;
    if (sb.scenes.length >= MAX_SCENES) {
      state.problems.push(`a video can have at most ${MAX_SCENES} scenes`);
      return;
    }
    const narration = op.narration.trim().slice(0, 5000);
    if (!narration) {
      state.problems.push('the new scene has no narration');
      return;
    }
    const added: Scene = {
      id: nextSceneId(sb),
      layout: op.layout,
      narration,
      headline: (op.headline ?? headlineFrom(narration, 7)).slice(0, 300),
      presenter: 'none',
      transition: 'fade',
      duration_sec: 0,
    };
    if (op.bullets) added.bullets = op.bullets.slice(0, 8);
    if (op.stat) added.stat = op.stat.slice(0, 40);
    if (op.attribution) added.attribution = op.attribution.slice(0, 200);
    const adapted = adaptToLayout(added, op.layout, { ...sb, scenes: [...sb.scenes, added] });
    const finalScene = typeof adapted === 'string' ? { ...added, layout: 'presenter' as const } : adapted;
    const closing = sb.scenes.length > 1 && sb.scenes[sb.scenes.length - 1]!.layout === 'cta' ? sb.scenes.length - 1 : sb.scenes.length;
    const at = op.position === null ? closing : Math.min(Math.max(1, Math.round(op.position)), sb.scenes.length + 1) - 1;
    const scenes = [...sb.scenes];
    scenes.splice(at, 0, finalScene);
    state.setScenes(scenes);
  },
};
