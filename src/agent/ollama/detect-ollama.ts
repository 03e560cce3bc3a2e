/** A model an Ollama server has pulled, as GET /api/tags lists it. */
export interface OllamaModel {
  name: string;
  bytes: number;
  /** "7.6B", "1.5B"… as Ollama reports it; null when absent. */
  parameterSize: string | null;
}

interface TagsBody {
  models?: { name?: unknown; model?: unknown; size?: unknown; details?: { parameter_size?: unknown } }[];
}

/**
 * The models of the Ollama server at `baseUrl`, or null when nothing answers there within `timeoutMs` (or
 * what answers is not Ollama). Used once at start-up, so a missing server costs at most the timeout.
 */
export async function detectOllama(baseUrl: string, timeoutMs: number, fetchImpl: typeof fetch = fetch): Promise<OllamaModel[] | null> {
  let body: TagsBody;
  try {
    const response = await fetchImpl(`${baseUrl}/api/tags`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    body = (await response.json()) as TagsBody;
  } catch {
    return null;
  }
  if (!Array.isArray(body.models)) return null;
  return body.models.flatMap((m) => {
    const name = typeof m.name === 'string' ? m.name : typeof m.model === 'string' ? m.model : null;
    if (!name) return [];
    return [{ name, bytes: typeof m.size === 'number' ? m.size : 0, parameterSize: typeof m.details?.parameter_size === 'string' ? m.details.parameter_size : null }];
  });
}

/** Families that follow instructions and JSON schemas well, best first (by published results at similar sizes). */
const families = ['qwen3', 'qwen2.5', 'llama3.3', 'llama3.1', 'gemma3', 'llama3.2', 'mistral-small', 'phi4', 'gemma2', 'mistral', 'qwen2', 'llama3', 'phi3'];

/** Billions of parameters from "7.6B" / "500M", or null. */
function billions(size: string | null): number | null {
  const match = size?.match(/^([\d.]+)\s*([BM])$/i);
  if (!match) return null;
  return Number(match[1]) / (match[2]!.toUpperCase() === 'M' ? 1000 : 1);
}

/**
 * The model to plan with: the configured one when the server has it (with or without the ":latest" tag), else
 * the best installed chat model: known families first, and within a family the largest up to 14 B (larger ones
 * are too slow on a CPU to plan within the turn's time). Embedding models are never chosen.
 */
export function chooseOllamaModel(models: readonly OllamaModel[], configured: string | null): string | null {
  if (configured) {
    const hit = models.find((m) => m.name === configured || m.name === `${configured}:latest`);
    return hit?.name ?? null;
  }
  const chat = models.filter((m) => !/embed|bge|minilm|rerank|whisper/i.test(m.name));
  const rank = (m: OllamaModel): [number, number] => {
    const family = families.findIndex((f) => m.name.toLowerCase().startsWith(f));
    const size = billions(m.parameterSize) ?? m.bytes / 6e8;
    return [family < 0 ? families.length : family, size <= 14 ? -size : size];
  };
  const sorted = [...chat].sort((a, b) => {
    const [fa, sa] = rank(a);
    const [fb, sb] = rank(b);
    return fa - fb || sa - sb;
  });
  return sorted[0]?.name ?? null;
}
