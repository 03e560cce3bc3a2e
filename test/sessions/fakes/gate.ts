/** A gate a fake waits at while a test holds it, so the test can act mid-run (while thinking, while rendering). */
export class Gate {
  private opened: Promise<void> | null = null;

  /** Holds every later `pass()` until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.opened = new Promise((resolve) => (release = resolve));
    return () => {
      this.opened = null;
      release();
    };
  }

  /** Resolves at once unless held; rejects if `signal` aborts while waiting. */
  async pass(signal?: AbortSignal): Promise<void> {
    if (!this.opened) return;
    if (!signal) return this.opened;
    const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    await Promise.race([this.opened, aborted]);
  }
}
