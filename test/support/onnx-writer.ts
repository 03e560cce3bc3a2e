/**
 * A minimal ONNX (protobuf) writer for tests and benchmarks: enough of ModelProto, GraphProto, NodeProto,
 * TensorProto and ValueInfoProto to build tiny models whose inputs and outputs match real voice models.
 * Field numbers are those of onnx/onnx.proto.
 */

type Field = { number: number; wire: 0 | 1 | 2 | 5; value: bigint | Uint8Array };

function varint(value: bigint): number[] {
  // int64 fields take negative numbers as ten-byte two's complement.
  let v = value < 0n ? (1n << 64n) + value : value;
  const bytes: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (v > 0n);
  return bytes;
}

function encode(fields: readonly Field[]): Uint8Array {
  const parts: number[] = [];
  for (const field of fields) {
    parts.push(...varint(BigInt((field.number << 3) | field.wire)));
    if (field.wire === 0) parts.push(...varint(field.value as bigint));
    else {
      const bytes = field.value as Uint8Array;
      // Fixed-width fields (wire 1 and 5) carry their bytes bare; wire 2 is length-prefixed.
      if (field.wire === 2) parts.push(...varint(BigInt(bytes.length)));
      for (const byte of bytes) parts.push(byte);
    }
  }
  return Uint8Array.from(parts);
}

const text = (number: number, value: string): Field => ({ number, wire: 2, value: new TextEncoder().encode(value) });
const int = (number: number, value: number | bigint): Field => ({ number, wire: 0, value: BigInt(value) });
const message = (number: number, value: Uint8Array): Field => ({ number, wire: 2, value });

export const ElementType = { float: 1, int32: 6, int64: 7 } as const;
export type ElementTypeName = keyof typeof ElementType;

export interface TensorSpec {
  name: string;
  type: ElementTypeName;
  dims: readonly number[];
  data: Float32Array | BigInt64Array | Int32Array;
}

export interface ValueSpec {
  name: string;
  type: ElementTypeName;
  /** A number is a fixed size, a string a named (dynamic) dimension. */
  shape: readonly (number | string)[];
}

export interface NodeSpec {
  op: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: Record<string, number | readonly number[] | { float: number }>;
}

function tensor(spec: TensorSpec): Uint8Array {
  const raw = new Uint8Array(spec.data.buffer, spec.data.byteOffset, spec.data.byteLength);
  return encode([...spec.dims.map((dim) => int(1, dim)), int(2, ElementType[spec.type]), text(8, spec.name), message(9, Uint8Array.from(raw))]);
}

function valueInfo(spec: ValueSpec): Uint8Array {
  const dims = spec.shape.map((dim) => message(1, encode([typeof dim === 'number' ? int(1, dim) : text(2, dim)])));
  const tensorType = encode([int(1, ElementType[spec.type]), message(2, encode(dims))]);
  return encode([text(1, spec.name), message(2, encode([message(1, tensorType)]))]);
}

function attribute(name: string, value: number | readonly number[] | { float: number }): Uint8Array {
  if (typeof value === 'number') return encode([text(1, name), int(3, value), int(20, 2)]);
  if ('float' in value) {
    const bytes = new Uint8Array(new Float32Array([value.float]).buffer);
    return encode([text(1, name), { number: 2, wire: 5, value: bytes }, int(20, 1)]);
  }
  return encode([text(1, name), ...(value as readonly number[]).map((item) => int(8, item)), int(20, 7)]);
}

function node(spec: NodeSpec, index: number): Uint8Array {
  return encode([
    ...spec.inputs.map((input) => text(1, input)),
    ...spec.outputs.map((output) => text(2, output)),
    text(3, `${spec.op.toLowerCase()}_${index}`),
    text(4, spec.op),
    ...Object.entries(spec.attributes ?? {}).map(([name, value]) => message(5, attribute(name, value))),
  ]);
}

/** A whole model (opset 13) as the bytes of an .onnx file. */
export function writeOnnxModel(graph: {
  nodes: readonly NodeSpec[];
  initializers: readonly TensorSpec[];
  inputs: readonly ValueSpec[];
  outputs: readonly ValueSpec[];
}): Uint8Array {
  const graphBytes = encode([
    ...graph.nodes.map((spec, index) => message(1, node(spec, index))),
    text(2, 'tiny'),
    ...graph.initializers.map((spec) => message(5, tensor(spec))),
    ...graph.inputs.map((spec) => message(11, valueInfo(spec))),
    ...graph.outputs.map((spec) => message(12, valueInfo(spec))),
  ]);
  return encode([int(1, 8), text(2, 'open-video-agent-tests'), message(7, graphBytes), message(8, encode([text(1, ''), int(2, 13)]))]);
}
