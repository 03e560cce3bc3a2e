import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { VideoAgentError } from '../client/index.js';

export function text(value: string, isError = false): CallToolResult {
  return { content: [{ type: 'text', text: value }], ...(isError ? { isError: true } : {}) };
}

/** API errors become tool errors the assistant can read and act on; anything else is a bug and propagates. */
export async function guarded(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof VideoAgentError) {
      return text(`Error ${error.code}${error.status ? ` (HTTP ${error.status})` : ''}: ${error.message}${error.param ? ` [param: ${error.param}]` : ''}`, true);
    }
    throw error;
  }
}
