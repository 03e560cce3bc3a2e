import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { VideoAgentClient } from '../client/index.js';
import { createMcpServer } from './create-mcp-server.js';

/** Serves the tools on stdin/stdout until stdin closes (the MCP client went away). */
export async function serveMcpStdio(client: VideoAgentClient): Promise<void> {
  const server = createMcpServer(client);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
