import { loadConfig } from '../config/index.js';
import { createModelManager, isModelError, type ModelManager, type PullProgress } from '../models/index.js';
import { CliError, exitCodes, usageError } from './cli-error.js';
import { write, type CliIo } from './cli-io.js';
import { formatTable } from './format-table.js';
import { ProgressBar } from './progress-bar.js';

/** What `video-agent models pull` with no id installs: the default natural voice. */
export const DEFAULT_PULL = 'kokoro-82m';

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(0)} kB`;
  return `${bytes} B`;
}

function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "kokoro-82m  45.2 MB / 92.3 MB  5.1 MB/s  0:09 left" */
export function describePull(progress: PullProgress): { percent: number; label: string } {
  const { receivedBytes, totalBytes, bytesPerSecond, secondsLeft } = progress;
  const percent = totalBytes ? (receivedBytes / totalBytes) * 100 : ((progress.fileIndex + 0.5) / progress.fileCount) * 100;
  const size = `${formatBytes(receivedBytes)}${totalBytes ? ` / ${formatBytes(totalBytes)}` : ''}`;
  const speed = bytesPerSecond > 0 ? `  ${formatBytes(bytesPerSecond)}/s` : '';
  const left = secondsLeft !== null ? `  ${formatSeconds(secondsLeft)} left` : '';
  return { percent, label: `${progress.modelId}  ${size}${speed}${left}` };
}

function managerFrom(io: CliIo): ModelManager {
  const config = loadConfig(io.env);
  return createModelManager({
    modelsDir: config.modelsDir,
    hubUrl: config.hfEndpoint,
    catalogueFile: config.modelsCatalogueFile,
    outbound: { allowPrivateUrls: config.allowPrivateUrls, outboundAllowlist: config.outboundAllowlist },
  });
}

async function listModels(manager: ModelManager, all: boolean, json: boolean, io: CliIo): Promise<number> {
  const statuses = (await manager.list()).filter((status) => all || status.installed || status.model.curated);
  if (json) {
    write(io.stdout, JSON.stringify(statuses.map(({ model, installed, licence }) => ({ id: model.id, kind: model.kind, engine: model.engine, title: model.title, languages: model.languages, licence, bytes: model.approxBytes, installed, voices: model.voices.map((voice) => voice.voice_id) })), null, 2));
    return exitCodes.ok;
  }
  const rows = statuses.map(({ model, installed, licence }) => [installed ? 'installed' : '', model.id, formatBytes(model.approxBytes), licence, model.languages.join(' ')]);
  write(io.stdout, formatTable(['', 'model', 'size', 'licence', 'languages'], rows, io.stdout.columns ?? 100));
  if (!all) write(io.stdout, `\n${statuses.length} shown; "video-agent models list --all" lists every Piper voice too. Install one with "video-agent models pull <model>".`);
  return exitCodes.ok;
}

async function pullModels(manager: ModelManager, ids: readonly string[], io: CliIo): Promise<number> {
  for (const id of ids.length > 0 ? ids : [DEFAULT_PULL]) {
    const model = manager.find(id);
    if (await manager.isInstalled(id)) {
      write(io.stdout, `${id} is already installed.`);
      continue;
    }
    write(io.stderr, `Pulling ${id}: ${model.title}, about ${formatBytes(model.approxBytes)} (${model.licence}).`);
    const bar = new ProgressBar(io.stderr);
    let received = 0;
    try {
      await manager.pull(
        id,
        (progress) => {
          received = progress.receivedBytes;
          const { percent, label } = describePull(progress);
          bar.update(percent, label);
        },
        io.signal,
      );
      bar.update(100, `${id}  ${formatBytes(received)}  verified`);
    } finally {
      bar.done();
    }
    write(io.stdout, `${id} installed: ${model.voices.length} voice${model.voices.length === 1 ? '' : 's'} (${model.voices.slice(0, 3).map((voice) => voice.voice_id).join(', ')}${model.voices.length > 3 ? ', …' : ''}).`);
  }
  return exitCodes.ok;
}

/** `video-agent models list|pull|remove|verify`: runs on this machine, against MODELS_DIR. */
export async function modelsCommand(args: readonly string[], options: { all: boolean; json: boolean }, io: CliIo): Promise<number> {
  const [action, ...ids] = args;
  const manager = managerFrom(io);
  try {
    switch (action) {
      case undefined:
      case 'list':
        return await listModels(manager, options.all, options.json, io);
      case 'pull':
        return await pullModels(manager, ids, io);
      case 'remove': {
        if (ids.length === 0) throw usageError('"models remove" needs a model id: video-agent models remove kokoro-82m');
        for (const id of ids) write(io.stdout, (await manager.remove(id)) ? `${id} removed.` : `${id} was not installed.`);
        return exitCodes.ok;
      }
      case 'verify': {
        const results = await manager.verify();
        if (results.length === 0) write(io.stdout, 'No models are installed.');
        for (const result of results) write(io.stdout, result.ok ? `${result.modelId}: ok` : `${result.modelId}: ${result.problems.join('; ')}. Pull it again after "video-agent models remove ${result.modelId}".`);
        return results.every((result) => result.ok) ? exitCodes.ok : exitCodes.failed;
      }
      default:
        throw usageError(`Unknown models action "${action}": use list, pull, remove or verify.`);
    }
  } catch (error) {
    if (isModelError(error)) throw new CliError(error.code === 'cancelled' ? 'Interrupted; run the pull again to resume.' : error.message, error.code === 'cancelled' ? exitCodes.interrupted : exitCodes.failed);
    throw error;
  }
}
