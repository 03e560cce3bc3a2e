/**
 * Throws unless `key` is a safe relative path: non-empty, `/`-separated, no absolute path or drive letter,
 * no `.`/`..`/empty segment, no backslash, no NUL. Every adapter checks keys with it, so a key that works on
 * one works on all.
 */
export function assertBlobKey(key: string): void {
  const problem =
    typeof key !== 'string' || key === ''
      ? 'is empty'
      : key.includes('\0')
        ? 'contains NUL'
        : key.includes('\\')
          ? 'contains a backslash'
          : key.startsWith('/') || /^[A-Za-z]:/.test(key)
            ? 'is absolute'
            : key.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
              ? 'has an empty, "." or ".." segment'
              : null;
  if (problem !== null) throw new TypeError(`Invalid blob key ${JSON.stringify(key)}: it ${problem}`);
}
