import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { seededRandom } from '../../src/media/presenter/index.js';
import { writeGguf, type GgufTensor } from './gguf-writer.js';

/**
 * A tiny llama-architecture GGUF with random weights and a byte-level vocabulary: the 256 byte tokens of GPT-2's
 * byte-to-unicode table (no merges, so every byte is one token) and one end-of-text control token. It loads
 * in llama.cpp like a real model and writes garbage, which is the point: under a JSON-schema grammar even
 * garbage must come out schema-valid, and the planner around it is exercised without downloading weights.
 */
export const TINY_LLAMA = { embd: 64, heads: 4, ff: 128, layers: 1, context: 8192 } as const;

/** GPT-2's bytes_to_unicode: printable bytes stand for themselves, the others are shifted past 255. */
function byteTokens(): string[] {
  const direct = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  let shifted = 0;
  return Array.from({ length: 256 }, (_, b) => String.fromCodePoint(direct(b) ? b : 256 + shifted++));
}

export function tinyLlamaGguf(seed = 1): Buffer {
  const { embd, heads, ff, layers, context } = TINY_LLAMA;
  const tokens = [...byteTokens(), '<|endoftext|>'];
  const eos = tokens.length - 1;
  // The same seed writes the same file.
  const next = seededRandom(seed);
  const weights = (...dims: number[]): Float32Array => Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => (next() - 0.5) * 0.2);
  const ones = (n: number): Float32Array => new Float32Array(n).fill(1);
  const tensors: GgufTensor[] = [
    { name: 'token_embd.weight', dims: [embd, tokens.length], data: weights(embd, tokens.length) },
    { name: 'output_norm.weight', dims: [embd], data: ones(embd) },
    { name: 'output.weight', dims: [embd, tokens.length], data: weights(embd, tokens.length) },
  ];
  for (let layer = 0; layer < layers; layer++) {
    const blk = `blk.${layer}`;
    tensors.push(
      { name: `${blk}.attn_norm.weight`, dims: [embd], data: ones(embd) },
      { name: `${blk}.attn_q.weight`, dims: [embd, embd], data: weights(embd, embd) },
      { name: `${blk}.attn_k.weight`, dims: [embd, embd], data: weights(embd, embd) },
      { name: `${blk}.attn_v.weight`, dims: [embd, embd], data: weights(embd, embd) },
      { name: `${blk}.attn_output.weight`, dims: [embd, embd], data: weights(embd, embd) },
      { name: `${blk}.ffn_norm.weight`, dims: [embd], data: ones(embd) },
      { name: `${blk}.ffn_gate.weight`, dims: [embd, ff], data: weights(embd, ff) },
      { name: `${blk}.ffn_up.weight`, dims: [embd, ff], data: weights(embd, ff) },
      { name: `${blk}.ffn_down.weight`, dims: [ff, embd], data: weights(ff, embd) },
    );
  }
  return writeGguf(
    {
      'general.architecture': { type: 'string', value: 'llama' },
      'general.name': { type: 'string', value: 'tiny-random-llama' },
      'llama.context_length': { type: 'uint32', value: context },
      'llama.embedding_length': { type: 'uint32', value: embd },
      'llama.block_count': { type: 'uint32', value: layers },
      'llama.feed_forward_length': { type: 'uint32', value: ff },
      'llama.attention.head_count': { type: 'uint32', value: heads },
      'llama.attention.head_count_kv': { type: 'uint32', value: heads },
      'llama.attention.layer_norm_rms_epsilon': { type: 'float32', value: 1e-5 },
      'llama.rope.dimension_count': { type: 'uint32', value: embd / heads },
      'llama.vocab_size': { type: 'uint32', value: tokens.length },
      'tokenizer.ggml.model': { type: 'string', value: 'gpt2' },
      'tokenizer.ggml.pre': { type: 'string', value: 'default' },
      'tokenizer.ggml.tokens': { type: 'array', of: 'string', value: tokens },
      // 1 = normal, 3 = control.
      'tokenizer.ggml.token_type': { type: 'array', of: 'int32', value: tokens.map((_, i) => (i === eos ? 3 : 1)) },
      'tokenizer.ggml.merges': { type: 'array', of: 'string', value: [] },
      'tokenizer.ggml.bos_token_id': { type: 'uint32', value: eos },
      'tokenizer.ggml.eos_token_id': { type: 'uint32', value: eos },
      'tokenizer.ggml.add_bos_token': { type: 'bool', value: false },
    },
    tensors,
  );
}

/** Writes the tiny model to `path` (creating its folder) and returns the path. */
export async function writeTinyLlamaGguf(path: string, seed = 1): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, tinyLlamaGguf(seed));
  return path;
}
