/**
 * Language models for the local planner, in the model manager's catalogue shape (kind "llm"), so they can join
 * src/models' catalogue as they are. Each is one GGUF file pinned to a Hugging Face revision, with the size
 * and SHA-256 the hub lists for it at that revision (LFS oid); all are Apache-2.0. Order = preference when
 * several are installed and LOCAL_LLM_MODEL names none. Why the default is the default: docs/agent.md.
 */
export interface LlmCatalogueEntry {
  id: string;
  kind: 'llm';
  engine: 'llama-cpp';
  title: string;
  /** Languages the publisher reports good results in (a model may do more). */
  languages: string[];
  licence: string;
  approxBytes: number;
  curated: boolean;
  files: { path: string; source: string; bytes: number; sha256: string }[];
  voices: [];
  provenance: string;
  /** Extra instructions for models that need them (Qwen3's thinking mode off). */
  systemSuffix?: string;
}

/** The file every LLM entry installs, inside its model folder. */
export const LLM_MODEL_FILE = 'model.gguf';

const gguf = (repo: string, revision: string, file: string, bytes: number, sha256: string) => ({
  path: LLM_MODEL_FILE,
  source: `${repo}/resolve/${revision}/${file}`,
  bytes,
  sha256,
});

const multilingual = ['en', 'zh', 'fr', 'es', 'pt', 'de', 'it', 'ru', 'ja', 'ko', 'vi', 'th', 'ar'];

export const llmCatalogue: readonly LlmCatalogueEntry[] = [
  {
    id: 'qwen2.5-1.5b-instruct',
    kind: 'llm',
    engine: 'llama-cpp',
    title: 'Qwen2.5-1.5B-Instruct, 4-bit (Q4_K_M) — the default',
    languages: multilingual,
    licence: 'Apache-2.0',
    approxBytes: 1_117_320_736,
    curated: true,
    files: [gguf('Qwen/Qwen2.5-1.5B-Instruct-GGUF', '91cad51170dc346986eccefdc2dd33a9da36ead9', 'qwen2.5-1.5b-instruct-q4_k_m.gguf', 1_117_320_736, '6a1a2eb6d15622bf3c96857206351ba97e1af16c30d7a74ee38970e434e9407e')],
    voices: [],
    provenance: 'Qwen/Qwen2.5-1.5B-Instruct-GGUF@91cad511 (the Qwen team\'s own quantization); size and SHA-256 as the hub lists them, quoted alike by several independent pins',
  },
  {
    id: 'smollm2-1.7b-instruct',
    kind: 'llm',
    engine: 'llama-cpp',
    title: 'SmolLM2-1.7B-Instruct, 4-bit (Q4_K_M), English',
    languages: ['en'],
    licence: 'Apache-2.0',
    approxBytes: 1_055_609_824,
    curated: true,
    files: [gguf('bartowski/SmolLM2-1.7B-Instruct-GGUF', '1f03464768bfcc0319fc50da8ff5fb20b6417ba2', 'SmolLM2-1.7B-Instruct-Q4_K_M.gguf', 1_055_609_824, '77665ea4815999596525c636fbeb56ba8b080b46ae85efef4f0d986a139834d7')],
    voices: [],
    provenance: 'bartowski/SmolLM2-1.7B-Instruct-GGUF@1f034647; size and SHA-256 as the hub lists them',
  },
  {
    id: 'qwen3-1.7b',
    kind: 'llm',
    engine: 'llama-cpp',
    title: 'Qwen3-1.7B, 4-bit (Q4_K_M), thinking off',
    languages: multilingual,
    licence: 'Apache-2.0',
    approxBytes: 1_107_409_472,
    curated: true,
    files: [gguf('unsloth/Qwen3-1.7B-GGUF', 'd7f544eead698dbd1f15126ef60b45a1e1933222', 'Qwen3-1.7B-Q4_K_M.gguf', 1_107_409_472, 'b139949c5bd74937ad8ed8c8cf3d9ffb1e99c866c823204dc42c0d91fa181897')],
    voices: [],
    provenance: 'unsloth/Qwen3-1.7B-GGUF@d7f544ee; size and SHA-256 as the hub lists them',
    systemSuffix: '/no_think',
  },
  {
    id: 'qwen3-4b',
    kind: 'llm',
    engine: 'llama-cpp',
    title: 'Qwen3-4B, 4-bit (Q4_K_M), for machines with 4+ cores and 6 GB free',
    languages: multilingual,
    licence: 'Apache-2.0',
    approxBytes: 2_497_281_312,
    curated: false,
    files: [gguf('unsloth/Qwen3-4B-GGUF', '22c9fc8a8c7700b76a1789366280a6a5a1ad1120', 'Qwen3-4B-Q4_K_M.gguf', 2_497_281_312, 'f6f851777709861056efcdad3af01da38b31223a3ba26e61a4f8bf3a2195813a')],
    voices: [],
    provenance: 'unsloth/Qwen3-4B-GGUF@22c9fc8a; size and SHA-256 as the hub lists them',
    systemSuffix: '/no_think',
  },
];
