import { access } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { llmCatalogue, LLM_MODEL_FILE, type LlmCatalogueEntry } from '../../models/index.js';

/**
 * Where installed models live: the one thing the local planner asks of the model manager. Until the manager's
 * lookup is wired in, `folderModelSource` reads MODELS_DIR/<id>/model.gguf, the layout the manager pulls into.
 */
export interface LocalModelSource {
  /** The GGUF file of an installed model, or null when it is not installed. */
  installedModelPath(id: string): Promise<string | null>;
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

export function folderModelSource(modelsDir: string): LocalModelSource {
  const root = resolve(modelsDir);
  return {
    async installedModelPath(id) {
      const path = resolve(root, id, LLM_MODEL_FILE);
      if (!path.startsWith(root + sep)) return null;
      return (await exists(path)) ? path : null;
    },
  };
}

export interface ChosenLocalModel {
  id: string;
  path: string;
  entry: LlmCatalogueEntry | null;
}

/**
 * The model to run: LOCAL_LLM_MODEL when set (a catalogue id, or the path of any .gguf file), else the first
 * installed catalogue model in the catalogue's order of preference; null when none is installed.
 */
export async function chooseLocalModel(source: LocalModelSource, configured: string | null): Promise<ChosenLocalModel | null> {
  if (configured && (configured.endsWith('.gguf') || isAbsolute(configured) || configured.includes('/'))) {
    const path = resolve(configured);
    return (await exists(path)) ? { id: configured.split(/[\\/]/).pop()!.replace(/\.gguf$/i, ''), path, entry: null } : null;
  }
  const candidates = configured ? llmCatalogue.filter((entry) => entry.id === configured) : llmCatalogue;
  for (const entry of candidates) {
    const path = await source.installedModelPath(entry.id);
    if (path) return { id: entry.id, path, entry };
  }
  if (configured && candidates.length === 0) {
    const path = await source.installedModelPath(configured);
    if (path) return { id: configured, path, entry: null };
  }
  return null;
}

/** The command that installs the default local model, for hints. */
export const LOCAL_MODEL_PULL_COMMAND = `video-agent models pull ${llmCatalogue[0]!.id}`;
