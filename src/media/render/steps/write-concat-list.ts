import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A concat demuxer list of segment files. Each segment's length is stated: a segment whose last frames repeat
 * ends, in its file, at its last kept frame, and the stated length holds that frame until the next one starts.
 */
export async function writeConcatList(workDir: string, files: { path: string; seconds: number }[], name: string): Promise<string> {
  const list = join(workDir, `${name}.concat`);
  await writeFile(list, files.map((f) => `file '${f.path.replace(/'/g, "'\\''")}'\nduration ${f.seconds.toFixed(6)}`).join('\n') + '\n');
  return list;
}
