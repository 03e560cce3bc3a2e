import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListeningTestServer, type ListeningTestServer } from '../client/listening-test-server.js';
import { fakeMedia } from '../support/test-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const toolNames = ['approve', 'create_video_session', 'get_status', 'get_video_links', 'list_avatars', 'list_styles', 'list_voices', 'send_feedback', 'speak'];

function textOf(result: Awaited<ReturnType<Client['callTool']>>): string {
  const content = result.content as { type: string; text?: string }[];
  return content.map((part) => part.text ?? '').join('\n');
}

/** create → (feedback) → approve → links, through whichever transport `client` speaks. */
async function videoThroughTools(client: Client, withFeedback: boolean): Promise<string> {
  // A loaded 2-core machine can take longer than the MCP client's default 60 s request timeout.
  const slow = { timeout: 280_000 };
  const created = await client.callTool({ name: 'create_video_session', arguments: { prompt: 'Three facts about the moon: it has no air, it causes tides, it is drifting away.', duration_sec: 8, wait_seconds: 250 } }, undefined, slow);
  expect(created.isError, textOf(created)).toBeFalsy();
  const text = textOf(created);
  expect(text).toMatch(/: reviewing \(\d+%\)/);
  expect(text).toMatch(/Storyboard v1 \(landscape, \d+ scenes\):\n {2}1\. /);
  expect(text).toContain('Next: show the storyboard to the user');
  const sessionId = /Session (ses_\w+)/.exec(text)![1]!;

  if (withFeedback) {
    const revised = await client.callTool({ name: 'send_feedback', arguments: { session_id: sessionId, message: 'Use a male voice', wait_seconds: 250 } }, undefined, slow);
    expect(textOf(revised)).toContain('Storyboard v2');
  }

  const approved = await client.callTool({ name: 'approve', arguments: { session_id: sessionId, wait_seconds: 250 } }, undefined, slow);
  const approvedText = textOf(approved);
  expect(approved.isError, approvedText).toBeFalsy();
  expect(approvedText).toMatch(/: completed \(100%\)/);

  const links = await client.callTool({ name: 'get_video_links', arguments: { session_id: sessionId } });
  const linksText = textOf(links);
  expect(linksText).toMatch(/^Video vid_\w+: completed, \d+\.\d s/);
  const mp4 = /^MP4: (\S+)$/m.exec(linksText)![1]!;
  expect(linksText).toMatch(/^MP4 with captions: http/m);
  expect(linksText).toMatch(/^Subtitles \(SRT\): http/m);
  const response = await fetch(mp4);
  expect(response.headers.get('content-type')).toContain('video/mp4');
  const head = new Uint8Array(await response.arrayBuffer()).subarray(4, 8);
  expect(Buffer.from(head).toString('latin1')).toBe('ftyp');
  return sessionId;
}

describe('the MCP server, driven by the MCP SDK client', () => {
  let server: ListeningTestServer;
  beforeAll(async () => {
    server = await startListeningTestServer({}, fakeMedia());
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('over stdio (video-agent mcp): lists the tools and makes a video with create → feedback → approve → links', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [`${root}bin/video-agent.js`, 'mcp'],
      env: { ...(process.env as Record<string, string>), VIDEO_AGENT_BASE_URL: server.baseUrl, VIDEO_AGENT_API_KEY: server.apiKey },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(toolNames);
      const create = tools.find((tool) => tool.name === 'create_video_session')!;
      expect(create.inputSchema.required).toEqual(['prompt']);

      const voices = await client.callTool({ name: 'list_voices', arguments: { language: 'en', limit: 2 } });
      expect(textOf(voices)).toMatch(/^\S+: .+ \(en[^,]*, (female|male)\)\n\S+: /);
      expect(textOf(voices)).toContain('(more: token ');
      const avatars = await client.callTool({ name: 'list_avatars', arguments: {} });
      expect(avatars.isError, textOf(avatars)).toBeFalsy();
      expect(textOf(avatars)).toMatch(/^\S+: .+ \(studio_avatar/);
      const styles = await client.callTool({ name: 'list_styles', arguments: {} });
      expect(textOf(styles).split('\n').length).toBeGreaterThan(0);

      await videoThroughTools(client, true);

      const missing = await client.callTool({ name: 'get_status', arguments: { session_id: 'ses_nope' } });
      expect(missing.isError).toBe(true);
      expect(textOf(missing)).toMatch(/^Error not_found \(HTTP 404\): .*\[param: session_id\]/);
    } finally {
      await client.close();
    }
  }, 400_000);

  it('over Streamable HTTP at /mcp with the API key: the same tools and flow', async () => {
    const transport = new StreamableHTTPClientTransport(new URL(`${server.baseUrl}/mcp`), { requestInit: { headers: { 'x-api-key': server.apiKey } } });
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(toolNames);
      const sessionId = await videoThroughTools(client, false);
      // The tools act with the caller's key: the session is that key's.
      expect((await server.call('GET', `/v3/video-agents/${sessionId}`)).status).toBe(200);
    } finally {
      await client.close();
    }
  }, 400_000);

  it('/mcp needs the API key like /v3', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
    const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const anonymous = await fetch(`${server.baseUrl}/mcp`, { method: 'POST', headers, body });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('unauthorized');
    const wrong = await fetch(`${server.baseUrl}/mcp`, { method: 'POST', headers: { ...headers, 'x-api-key': 'nope' }, body });
    expect(wrong.status).toBe(401);
    const get = await fetch(`${server.baseUrl}/mcp`, { headers: { 'x-api-key': server.apiKey } });
    expect(get.status).toBe(405);
  });
});
