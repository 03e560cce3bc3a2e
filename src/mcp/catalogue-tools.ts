import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod/v4';
import type { VideoAgentClient } from '../client/index.js';
import { guarded, text } from './tool-result.js';

/** The tools that list what a video can use: voices, avatars, styles. */
export function registerCatalogueTools(server: McpServer, client: VideoAgentClient): void {
  const pageInput = {
    limit: z.number().int().min(1).max(100).optional().describe('Default 20'),
    token: z.string().optional().describe('next_token of the previous page'),
  };
  const pageQuery = (input: { limit?: number | undefined; token?: string | undefined }) => ({
    ...(input.limit === undefined ? {} : { limit: input.limit }),
    ...(input.token === undefined ? {} : { token: input.token }),
  });
  const more = (page: { has_more: boolean; next_token: string | null }) => (page.has_more ? `\n(more: token ${page.next_token})` : '');

  server.registerTool(
    'list_voices',
    {
      title: 'List voices',
      description: 'Narration voices; filter by language ("en", "de", "en-gb") and gender.',
      inputSchema: { language: z.string().optional(), gender: z.enum(['female', 'male']).optional(), ...pageInput },
      annotations: { readOnlyHint: true },
    },
    async (input) =>
      guarded(async () => {
        const page = await client.listVoices({
          ...pageQuery(input),
          ...(input.language === undefined ? {} : { language: input.language }),
          ...(input.gender === undefined ? {} : { gender: input.gender }),
        });
        const lines = page.data.map((voice) => `${voice.voice_id}: ${voice.name} (${voice.language}, ${voice.gender})`);
        return text((lines.length ? lines.join('\n') : 'No voices match.') + more(page));
      }),
  );

  server.registerTool(
    'list_avatars',
    {
      title: 'List avatars',
      description: 'Presenter avatars (looks); pass an id as avatar_id.',
      inputSchema: { ...pageInput },
      annotations: { readOnlyHint: true },
    },
    async (input) =>
      guarded(async () => {
        const page = await client.listAvatarLooks(pageQuery(input));
        const lines = page.data.map((look) => `${look.id}: ${look.name} (${look.avatar_type}${look.gender ? `, ${look.gender}` : ''})`);
        return text((lines.length ? lines.join('\n') : 'No avatars on this server.') + more(page));
      }),
  );

  server.registerTool(
    'list_styles',
    {
      title: 'List styles',
      description: 'Visual styles for the video; pass an id as style_id.',
      inputSchema: { tag: z.string().optional(), ...pageInput },
      annotations: { readOnlyHint: true },
    },
    async (input) =>
      guarded(async () => {
        const page = await client.listStyles({ ...pageQuery(input), ...(input.tag === undefined ? {} : { tag: input.tag }) });
        const lines = page.data.map((style) => `${style.style_id}: ${style.name}${style.tags.length ? ` [${style.tags.join(', ')}]` : ''}`);
        return text((lines.length ? lines.join('\n') : 'No styles match.') + more(page));
      }),
  );
}
