import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VideoAgentClient } from '../../src/client/index.js';
import { createMcpServer } from '../../src/mcp/index.js';
import { startListeningTestServer, type ListeningTestServer } from '../client/listening-test-server.js';

function textOf(result: Awaited<ReturnType<Client['callTool']>>): string {
  return (result.content as { type: string; text: string }[]).map((part) => part.text).join('\n');
}

describe('the speak MCP tool', () => {
  let server: ListeningTestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startListeningTestServer();
    const mcp = createMcpServer(new VideoAgentClient({ baseUrl: server.baseUrl, apiKey: server.apiKey }));
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await mcp.connect(serverSide);
    client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(clientSide);
  });
  afterAll(async () => {
    await client?.close();
    await server?.dispose();
  });

  it('answers the audio link, its duration and the word timings', async () => {
    const result = await client.callTool({ name: 'speak', arguments: { text: 'Good morning, everyone.', voice_id: 'espeak-en-gb-male', format: 'wav' } });
    expect(result.isError, textOf(result)).toBeFalsy();
    const text = textOf(result);
    expect(text).toMatch(/^Audio \(wav, \d+\.\d\d s\): http:\/\/127\.0\.0\.1:\d+\/media\/\S+/);
    expect(text).toMatch(/\n0\.00–\d\.\d\d Good\n/);
    expect(text).toContain('everyone');
  });

  it('answers an unknown voice as a tool error naming the field', async () => {
    const result = await client.callTool({ name: 'speak', arguments: { text: 'Hi', voice_id: 'nope' } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Error validation_error \(HTTP 400\): .*\[param: voice_id\]/);
  });
});
