import type { Api } from './api.js';

/** What a view gets: the API, navigation, and a way to refresh the session list. */
export interface AppContext {
  api: Api;
  navigate(hash: string): void;
  refreshSessions(): void;
  /** Aborted when the view is left: stops its event stream and timers. */
  signal: AbortSignal;
}
