import { readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { downloadFile, type DownloadResult, type DownloadTarget } from './download-file.js';
import type { CatalogueModel, ModelCatalogue } from './model-catalogue.js';
import { ModelError } from './model-error.js';

export interface ModelManagerOptions {
  /** MODELS_DIR. */
  modelsDir: string;
  catalogue: ModelCatalogue;
  /** HF_ENDPOINT, e.g. https://huggingface.co or a mirror (no trailing slash). */
  hubUrl: string;
  /** Goes through the outbound guard (src/net). */
  fetch: typeof fetch;
}

export interface PullProgress {
  modelId: string;
  /** The file being fetched, and its place among the model's files. */
  file: string;
  fileIndex: number;
  fileCount: number;
  /** Bytes of the whole model on disk so far, and the total when every size is known. */
  receivedBytes: number;
  totalBytes: number | null;
  bytesPerSecond: number;
  /** Null until the speed and total are known. */
  secondsLeft: number | null;
}

export interface ModelStatus {
  model: CatalogueModel;
  installed: boolean;
  /** The licence: the catalogue's, or the installed MODEL_CARD's when the catalogue defers to it. */
  licence: string;
}

interface Manifest {
  id: string;
  installedAt: string;
  files: { path: string; bytes: number; sha256: string }[];
}

export interface VerifyResult {
  modelId: string;
  ok: boolean;
  problems: string[];
}

const MANIFEST = 'manifest.json';

/** Pulls, lists, verifies and removes models in MODELS_DIR (one folder per model; installed = its manifest exists). */
export class ModelManager {
  private readonly pulls = new Map<string, Promise<void>>();
  /** Installed ids, re-read from the manifests every few seconds (a CLI pull in another process shows up) and after every pull and remove here. */
  private installed: { at: number; ids: Promise<Set<string>> } | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: ModelManagerOptions) {}

  get modelsDir(): string {
    return this.options.modelsDir;
  }

  catalogue(): ModelCatalogue {
    return this.options.catalogue;
  }

  /** The catalogue entry, or a ModelError naming the nearest ids. */
  find(id: string): CatalogueModel {
    const model = this.options.catalogue.find((candidate) => candidate.id === id);
    if (model !== undefined) return model;
    const near = this.options.catalogue.filter((candidate) => candidate.id.includes(id)).slice(0, 5).map((candidate) => candidate.id);
    throw new ModelError('unknown_model', `No model "${id}" in the catalogue.${near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : ' `video-agent models list --all` lists them.'}`);
  }

  /** The model's folder (inside MODELS_DIR whatever the id holds). */
  modelDir(id: string): string {
    const root = resolve(this.options.modelsDir);
    const dir = resolve(root, id);
    if (!dir.startsWith(root + sep)) throw new ModelError('unknown_model', `Bad model id "${id}"`);
    return dir;
  }

  async isInstalled(id: string): Promise<boolean> {
    return (await this.readManifest(id)) !== null;
  }

  /** Ids of the installed models (cached; `refresh` re-reads MODELS_DIR, e.g. after another process pulled). */
  installedIds(refresh = false): Promise<Set<string>> {
    if (this.installed === undefined || refresh || Date.now() - this.installed.at > 5_000) {
      const ids = Promise.all(this.options.catalogue.map(async (model) => ((await this.isInstalled(model.id)) ? [model.id] : []))).then((found) => new Set(found.flat()));
      this.installed = { at: Date.now(), ids };
    }
    return this.installed.ids;
  }

  /** Called after a pull or a remove in this process changes what is installed. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.installed = undefined;
    for (const listener of this.listeners) listener();
  }

  async list(): Promise<ModelStatus[]> {
    return Promise.all(
      this.options.catalogue.map(async (model) => {
        const installed = await this.isInstalled(model.id);
        return { model, installed, licence: installed && model.licence === 'see MODEL_CARD' ? await this.cardLicence(model.id) : model.licence };
      }),
    );
  }

  /** Installs a model; concurrent pulls of one model share one download. Resolves when every file is verified. */
  pull(id: string, onProgress?: (progress: PullProgress) => void, signal?: AbortSignal): Promise<void> {
    const model = this.find(id);
    const running = this.pulls.get(id);
    if (running !== undefined) return running;
    const pull = this.download(model, onProgress, signal).finally(() => {
      this.pulls.delete(id);
      this.changed();
    });
    this.pulls.set(id, pull);
    return pull;
  }

  /** Removes an installed model and any partial download. False when there was nothing to remove. */
  async remove(id: string): Promise<boolean> {
    this.find(id);
    const had = (await this.readManifest(id)) !== null || (await exists(this.modelDir(id))) || (await exists(this.partialDir(id)));
    // The manifest first: a crash halfway leaves a model that is simply not installed.
    await rm(join(this.modelDir(id), MANIFEST), { force: true });
    await rm(this.modelDir(id), { recursive: true, force: true });
    await this.removePartial(id);
    this.changed();
    return had;
  }

  /** Re-hashes every installed model's files against what was verified at pull. */
  async verify(): Promise<VerifyResult[]> {
    const results: VerifyResult[] = [];
    for (const model of this.options.catalogue) {
      const manifest = await this.readManifest(model.id);
      if (manifest === null) continue;
      const problems: string[] = [];
      for (const file of manifest.files) {
        const path = join(this.modelDir(model.id), file.path);
        const sha256 = await sha256Of(path).catch(() => null);
        if (sha256 === null) problems.push(`${file.path} is missing`);
        else if (sha256 !== file.sha256) problems.push(`${file.path} has changed (SHA-256 ${sha256}, pulled as ${file.sha256})`);
      }
      results.push({ modelId: model.id, ok: problems.length === 0, problems });
    }
    return results;
  }

  fileUrl(source: string): string {
    return `${this.options.hubUrl.replace(/\/+$/, '')}/${source.split('/').map(encodeURIComponent).join('/')}`;
  }

  private partialDir(id: string): string {
    return join(this.options.modelsDir, '.partial', id);
  }

  private async download(model: CatalogueModel, onProgress?: (progress: PullProgress) => void, signal?: AbortSignal): Promise<void> {
    if (await this.isInstalled(model.id)) return;
    const dir = this.modelDir(model.id);
    const known = model.files.every((file) => file.bytes !== null);
    const totalBytes = known ? model.files.reduce((sum, file) => sum + file.bytes!, 0) : null;
    const started = Date.now();
    let done = 0;
    let resumedFrom: number | null = null;
    const files: Manifest['files'] = [];
    for (const [fileIndex, file] of model.files.entries()) {
      if (signal?.aborted) throw new ModelError('cancelled', 'The pull was cancelled.');
      const target = { url: this.fileUrl(file.source), path: join(dir, file.path), partialPath: join(this.partialDir(model.id), `${file.path}.part`), bytes: file.bytes, sha256: file.sha256, md5: file.md5 ?? null };
      // A file made whole by an earlier, interrupted pull is kept when it still matches.
      const result =
        (await wholeFile(target)) ??
        (await downloadFile(
          target,
          this.options.fetch,
          (received) => {
            const receivedBytes = done + received;
            resumedFrom ??= receivedBytes;
            const seconds = (Date.now() - started) / 1000;
            const bytesPerSecond = seconds > 0 ? (receivedBytes - resumedFrom) / seconds : 0;
            const secondsLeft = totalBytes !== null && bytesPerSecond > 0 ? (totalBytes - receivedBytes) / bytesPerSecond : null;
            onProgress?.({ modelId: model.id, file: file.path, fileIndex, fileCount: model.files.length, receivedBytes, totalBytes, bytesPerSecond, secondsLeft });
          },
          signal,
        ));
      done += result.bytes;
      files.push({ path: file.path, bytes: result.bytes, sha256: result.sha256 });
    }
    const manifest: Manifest = { id: model.id, installedAt: new Date().toISOString(), files };
    await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await this.removePartial(model.id);
  }

  private async removePartial(id: string): Promise<void> {
    await rm(this.partialDir(id), { recursive: true, force: true });
    // The shared folder goes too once empty, so a removed model leaves MODELS_DIR as it found it.
    await rmdir(join(this.options.modelsDir, '.partial')).catch(() => {});
  }

  private async readManifest(id: string): Promise<Manifest | null> {
    try {
      return JSON.parse(await readFile(join(this.modelDir(id), MANIFEST), 'utf8')) as Manifest;
    } catch {
      return null;
    }
  }

  /** "License: …" from an installed Piper MODEL_CARD. */
  private async cardLicence(id: string): Promise<string> {
    const card = await readFile(join(this.modelDir(id), 'MODEL_CARD'), 'utf8').catch(() => '');
    return /licen[cs]e:\s*(.+)/i.exec(card)?.[1]?.trim() ?? 'see MODEL_CARD';
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function wholeFile(target: DownloadTarget): Promise<DownloadResult | null> {
  const size = await stat(target.path).then(
    (info) => info.size,
    () => null,
  );
  if (size === null || (target.bytes !== null && size !== target.bytes)) return null;
  const sha = createHash('sha256');
  const md5 = createHash('md5');
  for await (const chunk of createReadStream(target.path)) {
    sha.update(chunk as Buffer);
    md5.update(chunk as Buffer);
  }
  const sha256 = sha.digest('hex');
  if ((target.sha256 && target.sha256 !== sha256) || (target.md5 && target.md5 !== md5.digest('hex'))) return null;
  return { bytes: size, sha256 };
}
