import { resolve } from 'node:path';
import { plannersFrom, type PlannersConfig } from './planners-config.js';
import { visualsFrom, type VisualsConfig } from './visuals-config.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Keys from API_KEYS; empty means "generate one at first start and keep it in DATA_DIR". */
  apiKeys: string[];
  /** Base of media links, e.g. https://video.example.com; defaults to http://HOST:PORT. */
  publicUrl: string;
  ffmpegPath: string | null;
  logLevel: string;
  /** Hard bound on one agent turn (plan or revise), in seconds. */
  agentTimeoutSec: number;
  /** Hard bound on one render, in seconds. */
  renderTimeoutSec: number;
  /** How many renders this process runs at once. */
  renderConcurrency: number;
  /** RENDER_CACHE_MAX_MB: size cap of DATA_DIR/cache/render, least recently used evicted first; 0 = unlimited. */
  renderCacheMaxMb: number;
  /**
   * RENDER_CONSTANT_FRAME_RATE=1: store every frame at 30 fps. By default a frame that repeats the one before is
   * held instead (variable frame rate on the 30 fps clock; the same picture at every tick, about a third less encoding).
   */
  renderConstantFrameRate: boolean;
  /** RENDER_SPLIT_MIN_SCENES: with PostgreSQL, storyboards of at least this many scenes are split across workers (default 6). */
  renderSplitMinScenes: number;
  /** RENDER_SPLIT_WAYS: groups of scenes per split render, the coordinator's included (default 2); 0 or 1 = never split. */
  renderSplitWays: number;
  /** RENDER_SPLIT_PART_WAIT_SEC: longest wait for another worker's part; null (unset) = about what this process would take. */
  renderSplitPartWaitSec: number | null;
  /** How many sessions a key may have thinking or generating at once (beyond: 429). */
  maxActiveJobsPerKey: number;
  /** Lifetime of signed media links, in seconds. */
  mediaLinkTtlSec: number;
  maxUploadBytes: number;
  /** ALLOW_PRIVATE_URLS=1: downloads and webhooks may reach loopback, private, link-local and metadata addresses. */
  allowPrivateUrls: boolean;
  /** OUTBOUND_ALLOWLIST: comma-separated hosts ("*.corp.example"), addresses or CIDRs allowed despite that rule. */
  outboundAllowlist: string[];
  /** DATABASE_URL: PostgreSQL for the store and the job queue (pg-boss); null = SQLite in DATA_DIR, in-process jobs. */
  databaseUrl: string | null;
  /** DATABASE_SCHEMA: the PostgreSQL schema for our tables (pg-boss uses `<schema>_jobs`). Default public. */
  databaseSchema: string;
  /** S3_BUCKET (+ S3_ENDPOINT, S3_REGION, S3_FORCE_PATH_STYLE, S3_PREFIX): blobs in S3; null = files in DATA_DIR. */
  s3: { bucket: string; endpoint: string | null; region: string; forcePathStyle: boolean; prefix: string } | null;
  /** S3_MEDIA_REDIRECT=0: media links stream S3 objects through the API instead of redirecting to presigned URLs. */
  s3MediaRedirect: boolean;
  /** The language model that plans (docs/agent.md); null = the built-in planner. */
  llm: LlmConfig | null;
  /** Ollama (detected) and the local GGUF model, tried after `llm` and before the built-in rules. */
  planners: PlannersConfig;
  /** Cloud voices besides eSpeak-NG (OPENAI_TTS_*, ELEVENLABS_*); each null when not configured. */
  cloudTts: CloudTtsConfig;
  /** Stock footage and generated images (PEXELS_*, PIXABAY_*, IMAGE_*); the bundled library when unset. */
  visuals: VisualsConfig;
  /** MODELS_DIR: where pulled models (neural voices) live; default DATA_DIR/models. */
  modelsDir: string;
  /** HF_ENDPOINT: the Hugging Face hub models are pulled from, or a mirror of it (default https://huggingface.co). */
  hfEndpoint: string;
  /** ADMIN_API_KEYS: keys that may pull and remove models over HTTP; empty = the first of API_KEYS (or the generated key). */
  adminApiKeys: string[];
  /** MODELS_CATALOGUE: a JSON file of extra catalogue entries (your own or mirrored models), merged over the built-in ones. */
  modelsCatalogueFile: string | null;
}

/**
 * OPENAI_TTS_API_KEY (or OPENAI_TTS_BASE_URL, with OPENAI_API_KEY as the key) turns on OpenAI voices;
 * OPENAI_TTS_MODEL, OPENAI_TTS_FORMAT (wav|pcm|mp3). ELEVENLABS_API_KEY turns on ElevenLabs voices;
 * ELEVENLABS_BASE_URL, ELEVENLABS_MODEL, ELEVENLABS_OUTPUT_FORMAT.
 */
export interface CloudTtsConfig {
  openai: { baseUrl: string; apiKey: string | null; model: string; responseFormat: 'wav' | 'pcm' | 'mp3' } | null;
  elevenlabs: { baseUrl: string; apiKey: string; modelId: string; outputFormat: string } | null;
}

/** LLM_PROVIDER, OPENAI_BASE_URL/OPENAI_API_KEY or ANTHROPIC_API_KEY/ANTHROPIC_BASE_URL, LLM_MODEL, LLM_TIMEOUT_SEC, LLM_MAX_ATTEMPTS, LLM_IMAGES, LLM_STRUCTURED_OUTPUTS. */
export interface LlmConfig {
  provider: 'openai-compatible' | 'anthropic';
  baseUrl: string | null;
  apiKey: string | null;
  model: string;
  timeoutSec: number;
  maxAttempts: number;
  images: boolean;
  structuredOutputs: boolean;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The one place that reads the environment. Throws a readable error for a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const publicUrl = (env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) throw new Error(`PUBLIC_URL must start with http:// or https://, got "${publicUrl}"`);
  return {
    port,
    host,
    dataDir: resolve(env.DATA_DIR || './data'),
    apiKeys: (env.API_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
    publicUrl,
    ffmpegPath: env.FFMPEG_PATH || null,
    logLevel: env.LOG_LEVEL || 'info',
    agentTimeoutSec: intFrom(env, 'AGENT_TIMEOUT_SEC', 120, 5, 3600),
    renderTimeoutSec: intFrom(env, 'RENDER_TIMEOUT_SEC', 900, 10, 24 * 3600),
    renderConcurrency: intFrom(env, 'RENDER_CONCURRENCY', 1, 1, 16),
    renderCacheMaxMb: intFrom(env, 'RENDER_CACHE_MAX_MB', 2048, 0, 1024 * 1024),
    renderConstantFrameRate: flagFrom(env, 'RENDER_CONSTANT_FRAME_RATE', false),
    renderSplitMinScenes: intFrom(env, 'RENDER_SPLIT_MIN_SCENES', 6, 2, 1000),
    renderSplitWays: intFrom(env, 'RENDER_SPLIT_WAYS', 2, 0, 64),
    renderSplitPartWaitSec: env.RENDER_SPLIT_PART_WAIT_SEC ? intFrom(env, 'RENDER_SPLIT_PART_WAIT_SEC', 0, 0, 24 * 3600) : null,
    maxActiveJobsPerKey: intFrom(env, 'MAX_ACTIVE_JOBS_PER_KEY', 4, 1, 1000),
    mediaLinkTtlSec: intFrom(env, 'MEDIA_LINK_TTL_SEC', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    maxUploadBytes: 32 * 1024 * 1024,
    allowPrivateUrls: ['1', 'true', 'yes'].includes((env.ALLOW_PRIVATE_URLS ?? '').trim().toLowerCase()),
    outboundAllowlist: (env.OUTBOUND_ALLOWLIST ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    databaseUrl: databaseUrlFrom(env),
    databaseSchema: schemaFrom(env),
    s3MediaRedirect: !['0', 'false', 'no'].includes((env.S3_MEDIA_REDIRECT ?? '').trim().toLowerCase()),
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT || null,
          region: env.S3_REGION || env.AWS_REGION || 'us-east-1',
          forcePathStyle: ['1', 'true', 'yes'].includes((env.S3_FORCE_PATH_STYLE ?? '').trim().toLowerCase()),
          prefix: env.S3_PREFIX ?? '',
        }
      : null,
    llm: llmFrom(env),
    planners: plannersFrom(env, resolve(env.DATA_DIR || './data')),
    cloudTts: cloudTtsFrom(env),
    visuals: visualsFrom(env),
    modelsDir: resolve(env.MODELS_DIR || resolve(env.DATA_DIR || './data', 'models')),
    hfEndpoint: hfEndpointFrom(env),
    modelsCatalogueFile: env.MODELS_CATALOGUE ? resolve(env.MODELS_CATALOGUE) : null,
    adminApiKeys: (env.ADMIN_API_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
  };
}

function hfEndpointFrom(env: NodeJS.ProcessEnv): string {
  const url = (env.HF_ENDPOINT?.trim() || 'https://huggingface.co').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`HF_ENDPOINT must be an http:// or https:// URL, got "${env.HF_ENDPOINT}"`);
  return url;
}

function databaseUrlFrom(env: NodeJS.ProcessEnv): string | null {
  const url = env.DATABASE_URL || null;
  if (url !== null && !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  return url;
}

function schemaFrom(env: NodeJS.ProcessEnv): string {
  const schema = env.DATABASE_SCHEMA || 'public';
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(schema)) throw new Error(`DATABASE_SCHEMA must be a lower-case identifier, got "${schema}"`);
  return schema;
}

function flagFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be 1 or 0, got "${env[name]}"`);
}

/** Unset everything: null, the built-in planner plans. */
function cloudTtsFrom(env: NodeJS.ProcessEnv): CloudTtsConfig {
  const url = (name: string, fallback: string): string => {
    const value = (env[name]?.trim() || fallback).replace(/\/+$/, '');
    if (!/^https?:\/\//.test(value)) throw new Error(`${name} must start with http:// or https://, got "${value}"`);
    return value;
  };
  const openAiKey = env.OPENAI_TTS_API_KEY?.trim() || null;
  const openAiBase = env.OPENAI_TTS_BASE_URL?.trim() || null;
  let openai: CloudTtsConfig['openai'] = null;
  if (openAiKey !== null || openAiBase !== null) {
    const format = (env.OPENAI_TTS_FORMAT?.trim() || 'wav').toLowerCase();
    if (format !== 'wav' && format !== 'pcm' && format !== 'mp3') throw new Error(`OPENAI_TTS_FORMAT must be wav, pcm or mp3, got "${format}"`);
    openai = {
      baseUrl: url('OPENAI_TTS_BASE_URL', 'https://api.openai.com/v1'),
      apiKey: openAiKey ?? (env.OPENAI_API_KEY?.trim() || null),
      model: env.OPENAI_TTS_MODEL?.trim() || 'gpt-4o-mini-tts',
      responseFormat: format,
    };
    if (openai.apiKey === null && openAiBase === null) throw new Error('OPENAI_TTS_API_KEY is required for OpenAI voices');
  }
  const elevenKey = env.ELEVENLABS_API_KEY?.trim() || null;
  const outputFormat = env.ELEVENLABS_OUTPUT_FORMAT?.trim() || 'pcm_24000';
  if (elevenKey !== null && !/^(pcm_\d+|mp3_\d+_\d+)$/.test(outputFormat)) throw new Error(`ELEVENLABS_OUTPUT_FORMAT must be pcm_<rate> or mp3_<rate>_<kbps>, got "${outputFormat}"`);
  const elevenlabs: CloudTtsConfig['elevenlabs'] =
    elevenKey === null
      ? null
      : { baseUrl: url('ELEVENLABS_BASE_URL', 'https://api.elevenlabs.io'), apiKey: elevenKey, modelId: env.ELEVENLABS_MODEL?.trim() || 'eleven_multilingual_v2', outputFormat };
  return { openai, elevenlabs };
}

function llmFrom(env: NodeJS.ProcessEnv): LlmConfig | null {
  const explicit = (env.LLM_PROVIDER ?? '').trim().toLowerCase();
  if (explicit && !['openai', 'openai-compatible', 'anthropic', 'builtin'].includes(explicit)) {
    throw new Error(`LLM_PROVIDER must be openai, anthropic or builtin, got "${env.LLM_PROVIDER}"`);
  }
  const provider: LlmConfig['provider'] | null =
    explicit === 'builtin' ? null
    : explicit === 'anthropic' ? 'anthropic'
    : explicit ? 'openai-compatible'
    : env.ANTHROPIC_API_KEY ? 'anthropic'
    : env.OPENAI_BASE_URL || env.OPENAI_API_KEY ? 'openai-compatible'
    : null;
  if (provider === null) return null;
  const baseUrl = (provider === 'anthropic' ? env.ANTHROPIC_BASE_URL : env.OPENAI_BASE_URL)?.trim().replace(/\/+$/, '') || null;
  if (baseUrl !== null && !/^https?:\/\//.test(baseUrl)) throw new Error(`${provider === 'anthropic' ? 'ANTHROPIC_BASE_URL' : 'OPENAI_BASE_URL'} must start with http:// or https://, got "${baseUrl}"`);
  const apiKey = (provider === 'anthropic' ? env.ANTHROPIC_API_KEY : env.OPENAI_API_KEY)?.trim() || null;
  if (provider === 'anthropic' && apiKey === null) throw new Error('ANTHROPIC_API_KEY is required for the Anthropic planner');
  if (provider === 'openai-compatible' && apiKey === null && baseUrl === null) throw new Error('OPENAI_API_KEY is required for the OpenAI API (or set OPENAI_BASE_URL for a local server)');
  // A local server (Ollama, vLLM, LM Studio) serves whatever model was pulled: no default can be right there.
  const model = env.LLM_MODEL?.trim() || (provider === 'anthropic' ? 'claude-sonnet-4-5' : baseUrl === null ? 'gpt-4o-mini' : '');
  if (!model) throw new Error('LLM_MODEL is required with OPENAI_BASE_URL (the model name your server serves, e.g. "llama3.1:8b")');
  return {
    provider,
    baseUrl,
    apiKey,
    model,
    timeoutSec: intFrom(env, 'LLM_TIMEOUT_SEC', 45, 1, 600),
    maxAttempts: intFrom(env, 'LLM_MAX_ATTEMPTS', 3, 1, 10),
    // The hosted APIs take images; a local model usually does not, so it is opt-in there.
    images: flagFrom(env, 'LLM_IMAGES', provider === 'anthropic' || baseUrl === null),
    structuredOutputs: flagFrom(env, 'LLM_STRUCTURED_OUTPUTS', true),
  };
}
