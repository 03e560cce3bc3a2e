import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod/v4';
import type { VideoAgentClient } from '../client/index.js';

export interface ToolHelpers {
  guarded: (run: () => Promise<CallToolResult>) => Promise<CallToolResult>;
  text: (value: string, isError?: boolean) => CallToolResult;
}

/** The `speak` tool: POST /v3/voices/speech, answered with the audio link, its length and the word timings. */
export function registerSpeakTool(server: McpServer, client: VideoAgentClient, { guarded, text }: ToolHelpers): void {
  server.registerTool(
    'speak',
    {
      title: 'Speak a text',
      description: 'Synthesise speech in a voice (from list_voices): a link to the audio (MP3, or WAV), its duration and when each word is spoken.',
      inputSchema: {
        text: z.string().min(1).max(5000).describe('What to say (1–5,000 characters)'),
        voice_id: z.string().min(1).describe('From list_voices'),
        speed: z.number().min(0.5).max(1.5).optional().describe('0.5–1.5, default 1'),
        format: z.enum(['mp3', 'wav']).optional().describe('Default mp3'),
      },
      annotations: { readOnlyHint: true },
    },
    async (input) =>
      guarded(async () => {
        const speech = await client.speak({
          text: input.text,
          voice_id: input.voice_id,
          ...(input.speed === undefined ? {} : { speed: input.speed }),
          ...(input.format === undefined ? {} : { format: input.format }),
        });
        const words = speech.word_timestamps.map((word) => `${word.start.toFixed(2)}–${word.end.toFixed(2)} ${word.word}`);
        return text(`Audio (${speech.format}, ${speech.duration.toFixed(2)} s): ${speech.audio_url}\nWord timings (seconds):\n${words.join('\n')}`);
      }),
  );
}
