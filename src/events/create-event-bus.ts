import type { EventBus } from './event-bus.js';
import { InProcessEventBus } from './in-process-event-bus.js';
import { PostgresEventBus, type PostgresEventBusOptions } from './postgres-event-bus.js';
import type { EventStore } from './read-session-event.js';

export interface EventBusConfig {
  /** DATABASE_URL: processes sharing this PostgreSQL share events; null = this process alone. */
  databaseUrl: string | null;
  databaseSchema: string;
  store: EventStore;
  onError?: PostgresEventBusOptions['onError'];
  onListening?: PostgresEventBusOptions['onListening'];
}

/** The bus for this process: PostgreSQL LISTEN/NOTIFY whenever DATABASE_URL is set, else in-process. */
export function createEventBus(config: EventBusConfig): EventBus {
  if (!config.databaseUrl) return new InProcessEventBus();
  return new PostgresEventBus({
    connectionString: config.databaseUrl,
    schema: config.databaseSchema,
    store: config.store,
    ...(config.onError ? { onError: config.onError } : {}),
    ...(config.onListening ? { onListening: config.onListening } : {}),
  });
}
