import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { VideoAgentClient } from '../client/index.js';
import { createMcpServer } from './create-mcp-server.js';

export interface McpRoutesOptions {
  /** The HTTP edge's own API-key check, run before every /mcp request (the MCP module does not judge keys). */
  authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** The key the request came with (checked by `authenticate`); the tools call the API with it. */
  apiKeyOf: (request: FastifyRequest) => string | null;
  /** Where the tools reach the API; default: this server, over loopback on the port the request came in on. */
  apiBaseUrl?: (request: FastifyRequest) => string;
}

/** The API as seen from inside the server: the address and port this request arrived at. */
function localBaseUrl(request: FastifyRequest): string {
  const socket = request.raw.socket;
  const address = socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${socket.localPort}`;
}

/**
 * POST /mcp: the MCP tools over Streamable HTTP, stateless (a new MCP server per request, JSON answers),
 * with the caller's API key. The tools call the HTTP API with that same key, so an MCP client sees
 * exactly the sessions its key owns.
 */
export const mcpRoutes: FastifyPluginAsync<McpRoutesOptions> = async (app, options) => {
  app.addHook('onRequest', options.authenticate);
  const baseUrlFor = options.apiBaseUrl ?? localBaseUrl;

  app.post('/mcp', { schema: { hide: true } }, async (request, reply) => {
    const client = new VideoAgentClient({ baseUrl: baseUrlFor(request), apiKey: options.apiKeyOf(request)! });
    const server = createMcpServer(client);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    reply.hijack();
    reply.raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    } catch (error) {
      // The reply is hijacked, so Fastify's error handler cannot answer: say it in JSON-RPC ourselves.
      request.log.error({ err: error }, 'MCP request failed');
      if (!reply.raw.headersSent) {
        reply.raw.writeHead(500, { 'content-type': 'application/json' });
        reply.raw.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal server error' }, id: null }));
      }
    }
  });

  // Stateless: no server-initiated stream to resume and no session to delete.
  const notAllowed = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .code(405)
      .header('allow', 'POST')
      .send({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this MCP endpoint is stateless; POST JSON-RPC to it.' }, id: null });
  app.get('/mcp', { schema: { hide: true } }, notAllowed);
  app.delete('/mcp', { schema: { hide: true } }, notAllowed);
};
