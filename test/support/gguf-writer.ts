/**
 * A minimal GGUF v3 writer (github.com/ggml-org/ggml docs/gguf.md): header, metadata key-values, tensor
 * infos, then the tensor data, each tensor aligned to `general.alignment` (32). Only what tiny test models
 * need: scalar, string and array values, and F32 tensors.
 */

const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
const GGUF_VERSION = 3;
const ALIGNMENT = 32;
const GGML_TYPE_F32 = 0;

/** gguf_metadata_value_type */
const ValueType = { uint32: 4, int32: 5, float32: 6, bool: 7, string: 8, array: 9 } as const;

export type GgufValue =
  | { type: 'uint32' | 'int32' | 'float32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'array'; of: 'string'; value: readonly string[] }
  | { type: 'array'; of: 'int32' | 'float32'; value: readonly number[] };

export interface GgufTensor {
  name: string;
  /** ggml order: the first dimension is the one that varies fastest (row length). */
  dims: readonly number[];
  data: Float32Array;
}

class ByteSink {
  private chunks: Buffer[] = [];
  length = 0;
  push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }
  u32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value);
    this.push(b);
  }
  i32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(value);
    this.push(b);
  }
  u64(value: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(value));
    this.push(b);
  }
  f32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(value);
    this.push(b);
  }
  str(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }
  pad(): void {
    const rest = this.length % ALIGNMENT;
    if (rest !== 0) this.push(Buffer.alloc(ALIGNMENT - rest));
  }
  concat(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

function writeValue(sink: ByteSink, value: GgufValue): void {
  sink.u32(ValueType[value.type]);
  switch (value.type) {
    case 'uint32':
      return sink.u32(value.value);
    case 'int32':
      return sink.i32(value.value);
    case 'float32':
      return sink.f32(value.value);
    case 'bool':
      return sink.push(Buffer.from([value.value ? 1 : 0]));
    case 'string':
      return sink.str(value.value);
    case 'array':
      sink.u32(ValueType[value.of]);
      sink.u64(value.value.length);
      if (value.of === 'string') for (const item of value.value as readonly string[]) sink.str(item);
      else for (const item of value.value as readonly number[]) (value.of === 'int32' ? sink.i32(item) : sink.f32(item));
  }
}

/** The bytes of a GGUF v3 file holding the given metadata and F32 tensors. */
export function writeGguf(metadata: Record<string, GgufValue>, tensors: readonly GgufTensor[]): Buffer {
  const head = new ByteSink();
  head.u32(GGUF_MAGIC);
  head.u32(GGUF_VERSION);
  head.u64(tensors.length);
  const entries = Object.entries({ ...metadata, 'general.alignment': { type: 'uint32', value: ALIGNMENT } as GgufValue });
  head.u64(entries.length);
  for (const [key, value] of entries) {
    head.str(key);
    writeValue(head, value);
  }
  const data = new ByteSink();
  for (const tensor of tensors) {
    const count = tensor.dims.reduce((a, b) => a * b, 1);
    if (count !== tensor.data.length) throw new Error(`${tensor.name}: ${tensor.data.length} values for dims ${tensor.dims.join('×')}`);
    head.str(tensor.name);
    head.u32(tensor.dims.length);
    for (const dim of tensor.dims) head.u64(dim);
    head.u32(GGML_TYPE_F32);
    // Offsets are relative to the start of the data section, each a multiple of the alignment.
    data.pad();
    head.u64(data.length);
    data.push(Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
  }
  head.pad();
  return Buffer.concat([head.concat(), data.concat()]);
}
