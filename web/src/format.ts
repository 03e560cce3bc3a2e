/** Converts SubRip subtitles to WebVTT, which is what <track> plays. */
export function srtToVtt(srt: string): string {
  const body = srt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim()
    // Cue timings use a comma before the milliseconds in SRT, a dot in WebVTT.
    .replace(/(\d{2}:\d{2}:\d{2}),(\d{3})/g, '$1.$2');
  return `WEBVTT\n\n${body}\n`;
}

/** "just now", "5 min ago", "3 h ago", or a date, from Unix seconds. */
export function timeAgo(unixSeconds: number, now = Date.now()): string {
  const seconds = Math.max(0, Math.round(now / 1000 - unixSeconds));
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return new Date(unixSeconds * 1000).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export type SessionStatus = 'thinking' | 'waiting_for_input' | 'reviewing' | 'generating' | 'completed' | 'failed';

export const statusLabels: Record<SessionStatus, string> = {
  thinking: 'Thinking',
  waiting_for_input: 'Waiting for you',
  reviewing: 'Ready for review',
  generating: 'Rendering',
  completed: 'Completed',
  failed: 'Failed',
};

/** Whether the agent is busy (messages would get 409 and the progress bar shows). */
export function isBusy(status: string): boolean {
  return status === 'thinking' || status === 'generating';
}

/** The feedback sentence that replaces a scene's narration (what the agent's feedback parser understands). */
export function narrationFeedback(sceneNumber: number, narration: string): string {
  const clean = narration.replace(/\s+/g, ' ').trim().replace(/"/g, '\u201D');
  return `Change the narration of scene ${sceneNumber} to "${clean}"`;
}

/** "1:05" from seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
