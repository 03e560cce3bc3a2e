export /** Drops the fields a patch may never change, even if a caller smuggles them in at run time. */
function withoutKeys<T extends object>(patch: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) if (!keys.includes(key)) out[key] = value;
  return out as T;
}
