import type { Session, StoryboardVersion, Video } from '../client/index.js';

/** A session as an assistant reads it: status line, the agent's latest words, and what to do next. */
export function describeSession(session: Session, storyboard: StoryboardVersion | null, options: { nextStep?: boolean } = {}): string {
  const lines = [`Session ${session.session_id}: ${session.status} (${session.progress}%)${session.title ? ` — "${session.title}"` : ''}`];
  const latest = session.messages.find((message) => message.role === 'model');
  if (latest) lines.push('', `Agent: ${latest.content}`);
  if (storyboard && (session.status === 'reviewing' || session.status === 'waiting_for_input')) {
    const { storyboard: board } = storyboard;
    lines.push('', `Storyboard v${board.version} (${board.orientation}, ${board.scenes.length} scenes):`);
    board.scenes.forEach((scene, index) => {
      const headline = 'headline' in scene && typeof scene.headline === 'string' && scene.headline ? ` [${scene.headline}]` : '';
      lines.push(`  ${index + 1}. ${scene.layout}, ${scene.duration_sec.toFixed(1)} s${headline}: ${scene.narration}`);
    });
  }
  if (options.nextStep !== false) lines.push('', nextStep(session));
  return lines.join('\n');
}

function nextStep(session: Session): string {
  switch (session.status) {
    case 'thinking':
      return 'Next: the agent is still working; call get_status again shortly.';
    case 'reviewing':
      return 'Next: show the storyboard to the user; call send_feedback with their changes, or approve to render.';
    case 'waiting_for_input':
      return 'Next: answer the agent with send_feedback.';
    case 'generating':
      return 'Next: the video is rendering; call get_status until it is completed, then get_video_links.';
    case 'completed':
      return `Next: call get_video_links (video ${session.video_id}). send_feedback starts a revision.`;
    case 'failed':
      return 'The session failed; the agent message above says why.';
  }
}

/** The links of a video, one per line. */
export function describeVideo(video: Video): string {
  const lines = [`Video ${video.id}: ${video.status}${video.duration === null ? '' : `, ${video.duration.toFixed(1)} s`}${video.title ? ` — "${video.title}"` : ''}`];
  const links: [string, string | null][] = [
    ['MP4', video.video_url],
    ['MP4 with captions', video.captioned_video_url],
    ['Subtitles (SRT)', video.subtitle_url],
    ['Thumbnail', video.thumbnail_url],
  ];
  for (const [label, url] of links) if (url) lines.push(`${label}: ${url}`);
  if (video.failure_message) lines.push(`Failure: ${video.failure_code ?? 'error'}: ${video.failure_message}`);
  return lines.join('\n');
}
