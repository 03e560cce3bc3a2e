import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VideoAgentClient, VideoAgentError } from '../../src/client/index.js';
import { ownerFromKey } from '../../src/api/index.js';
import { startListeningTestServer, type ListeningTestServer } from './listening-test-server.js';

describe('VideoAgentClient: speech, voices and the account', () => {
  let server: ListeningTestServer;
  let client: VideoAgentClient;
  beforeAll(async () => {
    server = await startListeningTestServer();
    client = new VideoAgentClient({ baseUrl: server.baseUrl, apiKey: server.apiKey });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('speak() answers a downloadable MP3 with word timestamps', async () => {
    const speech = await client.speak({ text: 'Hello from the SDK.', voice_id: 'espeak-en-us-female' });
    expect(speech.format).toBe('mp3');
    expect(speech.word_timestamps.map((word) => word.word)).toEqual(['Hello', 'from', 'the', 'SDK']);
    const audio = await client.download(speech.audio_url);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('speak() rejects bad input with a VideoAgentError naming the field', async () => {
    const error = await client.speak({ text: 'hi', voice_id: 'espeak-en-us-female', speed: 9 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VideoAgentError);
    expect(error).toMatchObject({ code: 'validation_error', param: 'speed', status: 400 });
  });

  it('getVoice() and getCurrentUser()', async () => {
    expect(await client.getVoice('espeak-fr-female')).toMatchObject({ voice_id: 'espeak-fr-female', language: 'fr', status: 'complete', type: 'public' });
    expect(await client.getCurrentUser()).toEqual({ username: ownerFromKey(server.apiKey), email: null, first_name: null, last_name: null });
  });
});
