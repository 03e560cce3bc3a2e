import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOllama {
  url: string;
  /** Chat request bodies received, in order. */
  chats: Record<string, unknown>[];
  close(): Promise<void>;
}

export interface FakeOllamaOptions {
  /** What GET /api/tags lists. */
  models: { name: string; size: number; parameter_size: string }[];
  /** The JSON object the model "writes" for a chat request, or an HTTP status to fail with. */
  answer: (body: Record<string, unknown>) => unknown;
}

const read = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * A real HTTP server on 127.0.0.1 speaking the two parts of Ollama's protocol we use: GET /api/tags (its pulled
 * models) and POST /v1/chat/completions (its OpenAI-compatible endpoint, answering with the assistant's JSON).
 */
export async function startFakeOllama(options: FakeOllamaOptions): Promise<FakeOllama> {
  const chats: Record<string, unknown>[] = [];
  const server = createServer(async (req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/api/tags') {
      return json(200, { models: options.models.map((m) => ({ name: m.name, model: m.name, size: m.size, details: { family: m.name.split(':')[0], parameter_size: m.parameter_size, quantization_level: 'Q4_K_M' } })) });
    }
    if (req.method === 'POST' && req.url === '/v1/chat/completions') {
      const body = JSON.parse(await read(req)) as Record<string, unknown>;
      chats.push(body);
      const answer = options.answer(body);
      if (typeof answer === 'number') return json(answer, { error: { message: `fake error ${answer}`, type: 'api_error' } });
      return json(200, {
        id: `chatcmpl-${chats.length}`,
        object: 'chat.completion',
        created: 1_760_000_000,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(answer) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
      });
    }
    json(404, { error: `no route ${req.method} ${req.url}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, chats, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
