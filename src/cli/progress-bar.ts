import type { Writable } from 'node:stream';

/**
 * A one-line progress bar redrawn in place on a terminal; elsewhere (a pipe, a CI log) one line per
 * stage change or 10 % step, so logs stay readable.
 */
export class ProgressBar {
  private lastLine = '';
  private lastStep = -1;
  private lastLabel = '';
  constructor(private readonly stream: Writable & { isTTY?: boolean; columns?: number }) {}

  update(percent: number, label: string): void {
    const value = Math.max(0, Math.min(100, Math.round(percent)));
    if (this.stream.isTTY) {
      const width = 30;
      const filled = Math.round((value / 100) * width);
      const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(value).padStart(3)}% ${label}`.slice(0, (this.stream.columns ?? 80) - 1);
      if (line !== this.lastLine) this.stream.write(`\r${line.padEnd(this.lastLine.length)}`);
      this.lastLine = line;
      return;
    }
    const step = Math.floor(value / 10);
    if (step === this.lastStep && label === this.lastLabel) return;
    this.lastStep = step;
    this.lastLabel = label;
    this.stream.write(`${String(value).padStart(3)}% ${label}\n`);
  }

  /** Ends the bar's line so the next output starts on a fresh one. */
  done(): void {
    if (this.stream.isTTY && this.lastLine) this.stream.write('\n');
    this.lastLine = '';
  }
}
