import { VideoAgentError, type Page, type VideoAgentClient } from '../client/index.js';
import { CliError } from './cli-error.js';
import { write, type CliIo } from './cli-io.js';
import { describeStoryboard } from './describe-storyboard.js';
import { formatTable } from './format-table.js';

export interface ListOptions {
  json: boolean;
  limit?: number | undefined;
  token?: string | undefined;
}

function pageQuery(options: ListOptions) {
  return { ...(options.limit === undefined ? {} : { limit: options.limit }), ...(options.token === undefined ? {} : { token: options.token }) };
}

/** Prints a page as JSON (the API's own shape) or as a table with a hint for the next page. */
function printPage<T>(io: CliIo, options: ListOptions, page: Page<T>, headers: string[], row: (item: T) => string[], empty: string): void {
  if (options.json) {
    write(io.stdout, JSON.stringify(page));
    return;
  }
  if (page.data.length === 0) write(io.stdout, empty);
  else write(io.stdout, formatTable(headers, page.data.map(row), io.stdout.columns ?? 100));
  if (page.has_more) write(io.stdout, `… more: add --token ${page.next_token}`);
}

export async function voicesCommand(client: VideoAgentClient, options: ListOptions & { language?: string | undefined; gender?: string | undefined }, io: CliIo): Promise<number> {
  if (options.gender !== undefined && options.gender !== 'female' && options.gender !== 'male') throw new CliError('--gender must be "female" or "male".', 2);
  const page = await client.listVoices({
    ...pageQuery(options),
    ...(options.language === undefined ? {} : { language: options.language }),
    ...(options.gender === undefined ? {} : { gender: options.gender as 'female' | 'male' }),
  });
  printPage(io, options, page, ['Voice id', 'Language', 'Gender', 'Name'], (voice) => [voice.voice_id, voice.language, voice.gender, voice.name], 'No voices match.');
  return 0;
}

export async function stylesCommand(client: VideoAgentClient, options: ListOptions & { tag?: string | undefined }, io: CliIo): Promise<number> {
  const page = await client.listStyles({ ...pageQuery(options), ...(options.tag === undefined ? {} : { tag: options.tag }) });
  printPage(io, options, page, ['Style id', 'Tags', 'Name'], (style) => [style.style_id, style.tags.join(', '), style.name], 'No styles match.');
  return 0;
}

export async function avatarsCommand(client: VideoAgentClient, options: ListOptions, io: CliIo): Promise<number> {
  try {
    const page = await client.listAvatarLooks(pageQuery(options));
    printPage(io, options, page, ['Avatar id', 'Type', 'Gender', 'Name'], (look) => [look.id, look.avatar_type, look.gender ?? '', look.name], 'No avatars.');
    return 0;
  } catch (error) {
    if (error instanceof VideoAgentError && error.code === 'not_found') throw new CliError(`The server at ${client.baseUrl} has no avatar catalogue (GET /v3/avatars/looks: ${error.message}).`);
    throw error;
  }
}

export async function sessionsCommand(client: VideoAgentClient, options: ListOptions, io: CliIo): Promise<number> {
  const page = await client.listSessions(pageQuery(options));
  printPage(
    io,
    options,
    page,
    ['Session id', 'Status', 'Created', 'Title'],
    (session) => [session.session_id, session.status, new Date(session.created_at * 1000).toISOString().slice(0, 16).replace('T', ' '), session.title ?? ''],
    'No sessions yet: try video-agent create "…"',
  );
  return 0;
}

/** `get ID`: a video (vid_…) or a session, with its storyboard while under review and its links once done. */
export async function getCommand(client: VideoAgentClient, id: string, options: { json: boolean }, io: CliIo): Promise<number> {
  // The same summaries the MCP tools give, loaded lazily (the MCP SDK is heavy to import).
  const { describeSession, describeVideo } = await import('../mcp/index.js');
  if (id.startsWith('vid_')) {
    const video = await client.getVideo(id);
    write(io.stdout, options.json ? JSON.stringify(video) : describeVideo(video));
    return 0;
  }
  const session = await client.getSession(id);
  const reviewing = session.status === 'reviewing' || session.status === 'waiting_for_input';
  const storyboard = reviewing || options.json ? await client.getStoryboard(id) : null;
  const video = session.video_id ? await client.getVideo(session.video_id) : null;
  if (options.json) {
    write(io.stdout, JSON.stringify({ session, storyboard: storyboard?.storyboard ?? null, video }));
    return 0;
  }
  write(io.stdout, describeSession(session, null, { nextStep: false }));
  if (storyboard && reviewing) write(io.stdout, `\n${describeStoryboard(storyboard, io.stdout.columns ?? 100)}`);
  if (video) write(io.stdout, `\n${describeVideo(video)}`);
  return 0;
}
