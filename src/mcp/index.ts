export { createMcpServer } from './create-mcp-server.js';
export { serveMcpStdio } from './serve-mcp-stdio.js';
export { mcpRoutes, type McpRoutesOptions } from './mcp-routes.js';
export { describeSession, describeVideo } from './describe-session.js';
