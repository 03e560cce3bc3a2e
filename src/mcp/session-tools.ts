import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod/v4';
import { VideoAgentError, type Session, type SessionStatus, type VideoAgentClient } from '../client/index.js';
import { describeSession, describeVideo } from './describe-session.js';
import { guarded, text } from './tool-result.js';

/** Under the 60 s request timeout most MCP clients use; the built-in agent answers in seconds. */
const DEFAULT_WAIT_SEC = 45;
const settled: SessionStatus[] = ['reviewing', 'waiting_for_input', 'completed', 'failed'];
const finished: SessionStatus[] = ['completed', 'failed'];

const waitSeconds = (fallback: number) =>
  z.number().int().min(0).max(600).optional().describe(`How long to wait for the agent before answering (seconds, default ${fallback}; 0 answers at once)`);

/** Waits up to `seconds` for one of `statuses`, then describes the session whatever its status. */
async function settle(client: VideoAgentClient, sessionId: string, statuses: SessionStatus[], seconds: number): Promise<CallToolResult> {
  let session: Session;
  if (seconds <= 0) session = await client.getSession(sessionId);
  else {
    try {
      session = await client.waitFor(sessionId, statuses, { timeoutMs: seconds * 1000 });
    } catch (error) {
      if (!(error instanceof VideoAgentError && error.code === 'timeout')) throw error;
      session = await client.getSession(sessionId);
    }
  }
  const storyboard = session.status === 'reviewing' || session.status === 'waiting_for_input' ? await client.getStoryboard(sessionId) : null;
  let description = describeSession(session, storyboard);
  if (session.status === 'completed' && session.video_id) description += `\n\n${describeVideo(await client.getVideo(session.video_id))}`;
  return text(description);
}

/** The tools that make a video: create, feedback, approve, status, links. */
export function registerSessionTools(server: McpServer, client: VideoAgentClient): void {
  server.registerTool(
    'create_video_session',
    {
      title: 'Create a video',
      description:
        'Starts a video from a prompt (and optional files). The agent writes a storyboard and pauses for review: show it to the user, then call send_feedback or approve. With auto_proceed it renders straight away.',
      inputSchema: {
        prompt: z.string().min(1).max(10_000).describe('What the video is about; may include the script or facts to use'),
        duration_sec: z.number().min(5).max(1800).optional().describe('Target length in seconds'),
        orientation: z.enum(['landscape', 'portrait']).optional(),
        voice_id: z.string().optional().describe('From list_voices'),
        avatar_id: z.string().optional().describe('From list_avatars; "none" for no presenter (without it, a presenter of the voice’s gender)'),
        style_id: z.string().optional().describe('From list_styles'),
        file_urls: z.array(z.string().url()).max(20).optional().describe('Documents, images or clips to use, by https URL'),
        auto_proceed: z.boolean().optional().describe('Skip the storyboard review and render at once'),
        wait_seconds: waitSeconds(DEFAULT_WAIT_SEC),
      },
      annotations: { openWorldHint: true },
    },
    async (input) =>
      guarded(async () => {
        const created = await client.createSession({
          prompt: input.prompt,
          mode: 'chat',
          ...(input.duration_sec === undefined ? {} : { duration_sec: input.duration_sec }),
          ...(input.orientation === undefined ? {} : { orientation: input.orientation }),
          ...(input.voice_id === undefined ? {} : { voice_id: input.voice_id }),
          ...(input.avatar_id === undefined ? {} : { avatar_id: input.avatar_id }),
          ...(input.style_id === undefined ? {} : { style_id: input.style_id }),
          ...(input.file_urls === undefined ? {} : { files: input.file_urls.map((url) => ({ type: 'url' as const, url })) }),
          ...(input.auto_proceed === undefined ? {} : { auto_proceed: input.auto_proceed }),
        });
        return settle(client, created.session_id, input.auto_proceed ? finished : settled, input.wait_seconds ?? DEFAULT_WAIT_SEC);
      }),
  );

  server.registerTool(
    'send_feedback',
    {
      title: 'Send feedback',
      description:
        'Sends the user\'s feedback on the storyboard ("make scene 2 shorter", "use a male voice", "remove the last scene") or an answer to the agent; returns the revised storyboard.',
      inputSchema: {
        session_id: z.string().min(1),
        message: z.string().min(1).max(10_000),
        wait_seconds: waitSeconds(DEFAULT_WAIT_SEC),
      },
    },
    async (input) =>
      guarded(async () => {
        await client.sendMessage(input.session_id, { message: input.message });
        return settle(client, input.session_id, settled, input.wait_seconds ?? DEFAULT_WAIT_SEC);
      }),
  );

  server.registerTool(
    'approve',
    {
      title: 'Approve and render',
      description: 'Approves the storyboard under review and starts rendering the video. Call get_status to follow it, or pass wait_seconds to wait for the result.',
      inputSchema: { session_id: z.string().min(1), wait_seconds: waitSeconds(0) },
    },
    async (input) =>
      guarded(async () => {
        await client.approve(input.session_id);
        return settle(client, input.session_id, finished, input.wait_seconds ?? 0);
      }),
  );

  server.registerTool(
    'get_status',
    {
      title: 'Get status',
      description: "A session's status, progress, the agent's latest message and, while under review, the storyboard.",
      inputSchema: { session_id: z.string().min(1) },
      annotations: { readOnlyHint: true },
    },
    async (input) => guarded(() => settle(client, input.session_id, settled, 0)),
  );

  server.registerTool(
    'get_video_links',
    {
      title: 'Get video links',
      description: 'Download links of a finished video (MP4, MP4 with captions, SRT subtitles, thumbnail), by session_id or video_id.',
      inputSchema: { session_id: z.string().min(1).optional(), video_id: z.string().min(1).optional() },
      annotations: { readOnlyHint: true },
    },
    async (input) =>
      guarded(async () => {
        let videoId = input.video_id;
        if (videoId === undefined) {
          if (input.session_id === undefined) return text('Give session_id or video_id.', true);
          const session = await client.getSession(input.session_id);
          if (session.video_id === null) return text(`Session ${session.session_id} has no video yet (status: ${session.status}, ${session.progress}%).`, true);
          videoId = session.video_id;
        }
        return text(describeVideo(await client.getVideo(videoId)));
      }),
  );
}
