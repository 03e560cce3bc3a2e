import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { PostgresEventBus } from '../../src/events/index.js';
import { openPostgresStore } from '../../src/store/index.js';
import { dropSchemas, freshSchemaName, testDatabaseUrl } from '../store/postgres/pg-test-db.js';
import { describeEventBusConformance } from './event-bus-conformance.js';

const schemas: string[] = [];
afterAll(async () => dropSchemas(schemas));

if (testDatabaseUrl === null) {
  describe.skip('PostgresEventBus (TEST_DATABASE_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
} else {
  const url = testDatabaseUrl;
  describeEventBusConformance({
    name: 'postgres',
    shared: true,
    reconnects: true,
    async setup() {
      const schema = freshSchemaName('events');
      schemas.push(schema);
      const store = await openPostgresStore(url, { schema, maxConnections: 4 });
      const buses: PostgresEventBus[] = [];
      return {
        store,
        async open() {
          // Reconnections start at 50 ms so the reconnect case stays short.
          const bus = new PostgresEventBus({ connectionString: url, schema, store, minBackoffMs: 50 });
          buses.push(bus);
          await bus.listening();
          return bus;
        },
        async dropConnections() {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            const { rowCount } = await client.query(
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'ova-events-listen' AND query LIKE $1",
              [`%"${buses[0]!.channel}"%`],
            );
            if (!rowCount) throw new Error('no listening connection to cut');
          } finally {
            await client.end();
          }
        },
        async close() {
          for (const bus of buses) await bus.close();
          await store.close();
        },
      };
    },
  });
}
