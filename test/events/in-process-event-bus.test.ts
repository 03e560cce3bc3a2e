import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessEventBus, type EventBus } from '../../src/events/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { describeEventBusConformance } from './event-bus-conformance.js';

describeEventBusConformance({
  name: 'in-process',
  shared: false,
  reconnects: false,
  async setup() {
    const dir = await mkdtemp(join(tmpdir(), 'ova-events-'));
    const store = await openSqliteStore(join(dir, 'ova.sqlite'));
    const buses: EventBus[] = [];
    return {
      store,
      async open() {
        const bus = new InProcessEventBus();
        buses.push(bus);
        return bus;
      },
      async close() {
        for (const bus of buses) await bus.close();
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
});
