import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Reads a secret kept in a file, creating it (mode 0600) on first use, so keys and signing secrets survive
 * restarts without configuration. Returns whether it was just created.
 */
export async function loadOrCreateSecret(path: string, make: () => string = () => randomBytes(32).toString('base64url')): Promise<{ value: string; created: boolean }> {
  try {
    const value = (await readFile(path, 'utf8')).trim();
    if (value) return { value, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(path), { recursive: true });
  const value = make();
  try {
    await writeFile(path, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return { value, created: true };
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { value: (await readFile(path, 'utf8')).trim(), created: false };
    throw error;
  }
}
