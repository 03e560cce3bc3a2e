import { Value } from 'typebox/value';
import { PermanentError } from '../errors/index.js';
import { StoryboardSchema, type Storyboard } from './storyboard.js';
import { upgradeStoryboard } from './upgrade-storyboard.js';

/** A storyboard that fails its schema: `path` is the JSON pointer of the first bad field ("/scenes/2/layout"). */
export class StoryboardValidationError extends PermanentError {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.name = 'StoryboardValidationError';
    this.path = path;
  }
}

/** Checks a value against the storyboard schema (and unique scene ids) and returns it typed, or throws naming the path. */
export function validateStoryboard(input: unknown): Storyboard {
  const value = upgradeStoryboard(input);
  if (!Value.Check(StoryboardSchema, value)) {
    const errors = [...Value.Errors(StoryboardSchema, value)];
    // Union branches report one error per branch; the most specific (deepest) path reads best.
    const first = errors.reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best), errors[0]!);
    const path = first?.instancePath || '/';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new StoryboardValidationError(path, `Invalid storyboard at ${path}: ${first?.message ?? 'does not match the schema'}${more}`);
  }
  const seen = new Set<string>();
  value.scenes.forEach((scene, index) => {
    if (seen.has(scene.id)) {
      throw new StoryboardValidationError(`/scenes/${index}/id`, `Invalid storyboard at /scenes/${index}/id: duplicate scene id "${scene.id}"`);
    }
    seen.add(scene.id);
  });
  return value;
}
