// When the language server process dies, restart it with exponential backoff, tell the user once,
// and give up (saying so) when it keeps dying.

export interface RestartDecision {
  restart: boolean;
  delayMs: number;
  message?: string;
}

export interface RestartPolicyOptions {
  /** Shown to the user the first time the server dies in this session. */
  notify: (message: string) => void;
  /** Give up after this many exits within `windowMs`. */
  maxExits?: number;
  windowMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
}

export class RestartPolicy {
  private exits: number[] = [];
  private notified = false;
  /** Total exits seen (for the tests and the log). */
  exitCount = 0;
  /** How many times the user was told (at most one "restarting" plus one "gave up"). */
  noticesShown = 0;

  constructor(private readonly options: RestartPolicyOptions) {}

  onServerExit(): RestartDecision {
    const now = (this.options.now ?? Date.now)();
    const windowMs = this.options.windowMs ?? 3 * 60_000;
    const maxExits = this.options.maxExits ?? 5;
    this.exitCount++;
    this.exits = this.exits.filter((t) => now - t < windowMs);
    this.exits.push(now);
    if (this.exits.length > maxExits) {
      this.noticesShown++;
      return {
        restart: false,
        delayMs: 0,
        message: `Clinical Lint: the language server stopped ${this.exits.length} times in ${Math.round(windowMs / 60_000)} minutes and will not be restarted. Reload the window to try again; the log is in Output › Clinical Lint.`,
      };
    }
    const base = this.options.baseDelayMs ?? 500;
    const delayMs = Math.min(this.options.maxDelayMs ?? 30_000, base * 2 ** (this.exits.length - 1));
    if (!this.notified) {
      this.notified = true;
      this.noticesShown++;
      this.options.notify('Clinical Lint: the language server stopped unexpectedly and is being restarted. Your drafts are not affected.');
    }
    return { restart: true, delayMs };
  }
}
