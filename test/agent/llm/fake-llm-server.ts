import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: a structured output, raw text (malformed output), an HTTP error, or silence. */
export interface FakeReply {
  /** The object the model "returns" (wrapped in the protocol's envelope). */
  output?: unknown;
  /** Raw assistant text instead of an object (for malformed output). */
  text?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Wait this long before answering (longer than the client's timeout = a timeout). */
  delayMs?: number;
  usage?: { input: number; output: number };
}

export type Protocol = 'openai' | 'anthropic';

export interface FakeLlm {
  url: string;
  /** Request bodies received, in order. */
  requests: Record<string, unknown>[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions protocol (POST /v1/chat/completions)
 * or the Anthropic messages protocol (POST /v1/messages), answering each request with the next scripted
 * reply (or with `answer(body)` when a function is given).
 */
export async function startFakeLlm(protocol: Protocol, script: FakeReply[] | ((body: Record<string, unknown>, index: number) => FakeReply)): Promise<FakeLlm> {
  const requests: Record<string, unknown>[] = [];
  const pending = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const path = protocol === 'openai' ? '/v1/chat/completions' : '/v1/messages';
    if (req.method !== 'POST' || req.url !== path) return send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    const index = requests.length;
    requests.push(body);
    const reply = typeof script === 'function' ? script(body, index) : script[Math.min(index, script.length - 1)];
    if (!reply) return send(res, 500, { error: { message: 'script exhausted' } });
    if (reply.delayMs) {
      pending.add(res);
      await new Promise((r) => setTimeout(r, reply.delayMs));
      pending.delete(res);
      if (res.destroyed || res.writableEnded) return;
    }
    const status = reply.status ?? 200;
    if (status !== 200) {
      const error = protocol === 'openai' ? { error: { message: `fake error ${status}`, type: 'server_error' } } : { type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message: `fake error ${status}` } };
      return send(res, status, error, reply.headers);
    }
    const text = reply.text ?? JSON.stringify(reply.output);
    const usage = reply.usage ?? { input: 120, output: 80 };
    if (protocol === 'openai') {
      return send(res, 200, {
        id: `chatcmpl-${index}`,
        object: 'chat.completion',
        created: 1_760_000_000,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output },
      }, reply.headers);
    }
    const tools = body.tools as { name: string }[] | undefined;
    const toolName = tools?.[0]?.name;
    let content: unknown[];
    if (toolName && reply.text === undefined) content = [{ type: 'tool_use', id: `toolu_${index}`, name: toolName, input: reply.output }];
    else content = [{ type: 'text', text }];
    return send(res, 200, {
      id: `msg_${index}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason: toolName && reply.text === undefined ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: usage.output },
    }, reply.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of pending) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
