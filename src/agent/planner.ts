import type { Storyboard } from '../storyboard/index.js';
import type { Voice } from '../media/tts/index.js';
import type { VisualProviders } from '../visuals/index.js';

/** Text and media the user attached, already fetched and sniffed. */
export interface Attachment {
  asset_id: string;
  mime_type: string;
  filename: string | null;
  /** Extracted text for documents (text, markdown, PDF, DOCX); null for media. */
  text: string | null;
  /** The file's bytes for images, when the caller loaded them: LLM planners show them to models that accept images. */
  bytes?: Uint8Array;
}

/** A brand kit as the planner sees it (colours as #rrggbb). */
export interface PlanBrand {
  colors: { primary: string; secondary: string | null; background: string | null; text: string | null };
  font: string;
  logo_asset_id: string | null;
}

/** Tokens one language-model call used. */
export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
}

/** Everything a planner may use besides the user's words. */
export interface PlannerContext {
  signal: AbortSignal;
  /** 0..1 progress of this turn, and optionally what is happening ("writing scene 3 of 6"); without it, "thinking". */
  onProgress: (fraction: number, stage?: string) => void;
  /** Seconds the given narration takes when spoken by the voice (measured with the real TTS). */
  measure: (text: string, voiceId: string, pace: number) => Promise<number>;
  voices: readonly Voice[];
  /** Ids the planner may choose from. */
  styleIds: readonly string[];
  avatarIds: readonly string[];
  /** Called after every language-model call with the tokens it used (never called by the built-in planner). */
  onUsage?: (usage: TokenUsage) => void;
  /** Stock and image providers for picture edits ("use a photo of a beach"); set by withVisuals. */
  visualProviders?: VisualProviders | null;
}

export interface PlanRequest {
  prompt: string;
  attachments: Attachment[];
  orientation: 'landscape' | 'portrait' | null;
  duration_sec: number | null;
  voice_id: string | null;
  avatar_id: string | null;
  style_id: string | null;
  /** The session's brand kit: without a style_id the planner picks the built-in style closest to it. */
  brand_kit?: PlanBrand | null;
  /** When true the planner never asks a clarifying question: it makes its best guess. */
  skip_agentic_stop: boolean;
}

export type PlanResult =
  | { kind: 'storyboard'; storyboard: Storyboard; message: string }
  | { kind: 'question'; message: string };

export interface ReviseRequest {
  /** The current storyboard version. */
  storyboard: Storyboard;
  /** Earlier versions, oldest first, for "go back to version 2". */
  history: Storyboard[];
  message: string;
  attachments: Attachment[];
  /** Explicit overrides sent with the message (voice_id, avatar_id). */
  overrides: { voice_id?: string; avatar_id?: string | null };
}

export type ReviseResult =
  /**
   * The feedback was applied: a new version (version = old + 1) and a message saying what changed. With
   * `unchanged` the request was already true ("the voice is already female"): the storyboard is the current
   * one, the message answers it, and the session stays in review (a caller may skip storing a new version).
   */
  | { kind: 'revised'; storyboard: Storyboard; message: string; unchanged?: boolean }
  /** The user approved the storyboard (possibly after edits applied in the same message). */
  | { kind: 'approved'; storyboard: Storyboard | null; message: string }
  /** Nothing could be applied: the message says what was understood and what the planner can do. */
  | { kind: 'unclear'; message: string };

/** Plans a storyboard from a prompt and revises it from feedback. */
export interface Planner {
  readonly id: string;
  plan(request: PlanRequest, context: PlannerContext): Promise<PlanResult>;
  revise(request: ReviseRequest, context: PlannerContext): Promise<ReviseResult>;
}
