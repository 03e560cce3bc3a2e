/**
 * One lock per key, in this process: `run(key, work)` waits for the work queued before it on the same key, then
 * runs; different keys do not wait for each other. A failing work releases the lock like a succeeding one. Keys
 * are forgotten when nothing holds or waits for them, so the map stays as small as the work in flight.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    // Only our own promises go in the map, and they only resolve: a waiter never sees an earlier work's error.
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Whether some work holds or waits for this key. */
  isLocked(key: string): boolean {
    return this.tails.has(key);
  }
}
