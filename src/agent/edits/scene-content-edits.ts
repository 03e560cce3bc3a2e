import { adaptToLayout } from './adapt-to-layout.js';
import type { EditAppliers } from './edit-state.js';

/** Edits of one scene's text and look (and the title, which the title card shows). */
export const sceneContentEdits: Pick<EditAppliers, 'set_title' | 'set_narration' | 'set_layout' | 'set_headline' | 'set_bullets'> = {
  set_title: (op, state) => {
    const title = op.title.trim().slice(0, 200);
    if (!title) {
      state.problems.push('the new title is empty');
      return;
    }
    state.sb = { ...state.sb, title };
    const first = state.sb.scenes[0];
    if (first?.layout === 'title') state.replace(0, { ...first, headline: title });
  },
  set_narration: (op, state) => {
    const found = state.scene(op.scene_id);
    const narration = op.narration.trim().slice(0, 5000);
    if (found && !narration) state.problems.push(`the new narration for scene ${found.index + 1} is empty`);
    else if (found) state.replace(found.index, { ...found.scene, narration });
  },
  set_layout: (op, state) => {
    const found = state.scene(op.scene_id);
    if (!found) return;
    const adapted = adaptToLayout(found.scene, op.layout, state.sb);
    if (typeof adapted === 'string') state.problems.push(adapted);
    else state.replace(found.index, adapted);
  },
  set_headline: (op, state) => {
    const found = state.scene(op.scene_id);
    if (found) state.replace(found.index, { ...found.scene, headline: op.headline.trim().slice(0, 300) });
  },
  set_bullets: (op, state) => {
    const found = state.scene(op.scene_id);
    const bullets = op.bullets.map((b) => b.trim().slice(0, 300)).filter(Boolean).slice(0, 8);
    if (found && bullets.length === 0) state.problems.push('the bullet list is empty');
    else if (found) state.replace(found.index, { ...found.scene, layout: 'bullets', bullets });
  },
};
