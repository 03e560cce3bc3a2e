import { readFileSync } from 'node:fs';
import type { CatalogueModel, ModelCatalogue } from './model-catalogue.js';

const hex = (length: number) => new RegExp(`^[0-9a-f]{${length}}$`);

function check(entry: unknown, index: number, file: string): CatalogueModel {
  const model = entry as Partial<CatalogueModel> & Pick<CatalogueModel, 'id' | 'engine' | 'files' | 'voices'>;
  const where = `${file}, entry ${index + 1}`;
  if (typeof model?.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(model.id)) throw new Error(`${where}: "id" must be letters, digits, ".", "_" or "-"`);
  if (model.engine !== 'kokoro' && model.engine !== 'piper' && model.engine !== 'llama-cpp') throw new Error(`${where}: "engine" must be "kokoro", "piper" or "llama-cpp"`);
  if (!Array.isArray(model.files) || model.files.length === 0 || !Array.isArray(model.voices) || model.voices.length === 0) throw new Error(`${where}: "files" and "voices" must be non-empty lists`);
  for (const file of model.files) {
    if (typeof file.path !== 'string' || file.path.split('/').includes('..') || typeof file.source !== 'string') throw new Error(`${where}: every file needs a "path" (inside the model's folder) and a "source"`);
    if (file.sha256 != null && !hex(64).test(file.sha256)) throw new Error(`${where}: ${file.path} has a malformed sha256`);
    if (file.md5 != null && !hex(32).test(file.md5)) throw new Error(`${where}: ${file.path} has a malformed md5`);
  }
  return { kind: 'tts', curated: true, licence: 'unknown', approxBytes: 0, provenance: file, title: model.id, languages: [...new Set(model.voices.map((voice) => voice.language))], ...model };
}

/** The built-in catalogue with MODELS_CATALOGUE's entries merged over it (same id: the file's wins). */
export function loadCatalogueFile(base: ModelCatalogue, file: string | null): ModelCatalogue {
  if (file === null) return base;
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`MODELS_CATALOGUE: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(entries)) throw new Error(`MODELS_CATALOGUE: ${file} must hold a JSON list of models`);
  const extra = entries.map((entry, index) => check(entry, index, file));
  const ids = new Set(extra.map((model) => model.id));
  return [...extra, ...base.filter((model) => !ids.has(model.id))];
}
