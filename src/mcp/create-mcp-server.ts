import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { VideoAgentClient } from '../client/index.js';
import { registerCatalogueTools } from './catalogue-tools.js';
import { registerSessionTools } from './session-tools.js';
import { registerSpeakTool } from './speak-tool.js';
import { guarded, text } from './tool-result.js';

/**
 * The Video Agent as MCP tools, each one call (or a few) of the HTTP API through the typed client: the MCP
 * server holds no state of its own, so stdio and HTTP transports behave the same.
 */
export function createMcpServer(client: VideoAgentClient, options: { version?: string } = {}): McpServer {
  const server = new McpServer({ name: 'open-video-agent', version: options.version ?? '0.1.0' });
  registerSessionTools(server, client);
  registerCatalogueTools(server, client);
  registerSpeakTool(server, client, { guarded, text });
  return server;
}
