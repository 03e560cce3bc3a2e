import { STORYBOARD_SCHEMA } from './storyboard.js';

/**
 * Brings a stored storyboard of an older schema up to the current one, so drafts saved before a change still
 * load. Schema 1 → 2 added the optional scene `visual`: a schema 1 storyboard is a valid schema 2 one.
 * Anything that is not an older storyboard is returned as it is, for validation to judge.
 */
export function upgradeStoryboard(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('schema' in value)) return value;
  const schema = (value as { schema: unknown }).schema;
  if (schema === 1) return { ...value, schema: STORYBOARD_SCHEMA };
  return value;
}
