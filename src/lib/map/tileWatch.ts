/**
 * Decides when tiles are not coming (offline, blocked, provider down): a few
 * errors before any tile loads, a longer run of errors later, or nothing
 * loaded in time. Fires `onFail` once.
 */
export class TileWatch {
  private loads = 0;
  private streak = 0;
  private failed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly onFail: () => void,
    private readonly options = { firstErrors: 3, laterErrors: 8, timeoutMs: 8000 },
  ) {}

  start(): void {
    this.timer = setTimeout(() => {
      if (this.loads === 0) this.fail();
    }, this.options.timeoutMs);
  }

  loaded(): void {
    this.loads++;
    this.streak = 0;
    this.clearTimer();
  }

  errored(): void {
    this.streak++;
    const limit = this.loads === 0 ? this.options.firstErrors : this.options.laterErrors;
    if (this.streak >= limit) this.fail();
  }

  stop(): void {
    this.clearTimer();
  }

  private fail(): void {
    this.clearTimer();
    if (this.failed) return;
    this.failed = true;
    this.onFail();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
