// A polite HTTP GET for Crossref and NCBI E-utilities:
//  - a User-Agent naming the tool and, when configured, a mailto contact (what both services ask for);
//  - at most one request in flight per host and a minimum interval between request starts
//    (default 350 ms ≈ 3 requests/s: NCBI's limit without an API key, under Crossref's public-pool limit);
//  - a timeout per attempt; retries with exponential backoff and jitter on timeouts, 429 and 5xx,
//    honouring Retry-After (seconds or HTTP date) up to a cap;
//  - "offline" (connection refused, DNS failure, network unreachable) is reported at once, not retried,
//    and remembered per host so a run does not wait for every entry's timeout.

export type HttpResult =
  | { kind: 'ok'; status: number; body: string }
  /** A final HTTP answer that is not 2xx (404, or 429/5xx after the last retry). */
  | { kind: 'http-error'; status: number; body: string }
  | { kind: 'timeout' }
  | { kind: 'offline'; detail: string }
  | { kind: 'aborted' };

export interface HttpOptions {
  userAgent: string;
  fetch?: typeof fetch;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 3). */
  maxRetries?: number;
  /** Minimum interval between request starts to one host (default 350 ms). */
  minIntervalMs?: number;
  /** First backoff delay; doubles each retry, plus up to 25 % jitter (default 500 ms). */
  backoffBaseMs?: number;
  /** A Retry-After longer than this gives up instead of waiting (default 20 s). */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  /** Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'UND_ERR_CONNECT_TIMEOUT']);
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The network error code of a failed fetch (undici nests it in `cause`, sometimes in an AggregateError). */
export function networkErrorCode(e: unknown, depth = 0): string | undefined {
  if (!e || typeof e !== 'object' || depth > 5) return undefined;
  const err = e as { code?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof err.code === 'string' && err.code !== 'ABORT_ERR') return err.code;
  if (Array.isArray(err.errors)) for (const x of err.errors) {
    const c = networkErrorCode(x, depth + 1);
    if (c) return c;
  }
  return networkErrorCode(err.cause, depth + 1);
}

/** Retry-After in milliseconds (delta-seconds or HTTP-date), or undefined. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{1,7}$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export class PoliteHttp {
  private readonly o: Required<Omit<HttpOptions, 'signal' | 'fetch'>> & Pick<HttpOptions, 'signal' | 'fetch'>;
  private hosts = new Map<string, { chain: Promise<void>; next: number }>();
  private offline = new Map<string, string>();
  /** Requests actually sent (each attempt counts). */
  sent = 0;

  constructor(opts: HttpOptions) {
    this.o = {
      userAgent: opts.userAgent,
      fetch: opts.fetch,
      timeoutMs: opts.timeoutMs ?? 10_000,
      maxRetries: opts.maxRetries ?? 3,
      minIntervalMs: opts.minIntervalMs ?? 350,
      backoffBaseMs: opts.backoffBaseMs ?? 500,
      maxRetryAfterMs: opts.maxRetryAfterMs ?? 20_000,
      signal: opts.signal,
      sleep: opts.sleep ?? defaultSleep,
      now: opts.now ?? Date.now,
      random: opts.random ?? Math.random,
    };
  }

  /** Hosts found unreachable in this run, with the error code. */
  unreachable(): Map<string, string> {
    return this.offline;
  }

  /** Wait for this host's turn: one request at a time, `minIntervalMs` apart. */
  private async turn(host: string): Promise<() => void> {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = { chain: Promise.resolve(), next: 0 };
      this.hosts.set(host, slot);
    }
    const s = slot;
    let release!: () => void;
    const prev = s.chain;
    s.chain = new Promise<void>((r) => (release = r));
    await prev;
    const wait = s.next - this.o.now();
    if (wait > 0) await this.o.sleep(wait, this.o.signal);
    s.next = this.o.now() + this.o.minIntervalMs;
    return release;
  }

  async get(url: string): Promise<HttpResult> {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return { kind: 'offline', detail: `invalid URL ${url}` };
    }
    const fetchFn = this.o.fetch ?? globalThis.fetch;
    for (let attempt = 0; ; attempt++) {
      if (this.o.signal?.aborted) return { kind: 'aborted' };
      const known = this.offline.get(host);
      if (known) return { kind: 'offline', detail: known };
      const release = await this.turn(host);
      let retryIn: number | undefined;
      let final: HttpResult | undefined;
      const ctrl = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        ctrl.abort();
      }, this.o.timeoutMs);
      const onAbort = (): void => ctrl.abort();
      this.o.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        this.sent++;
        const res = await fetchFn(url, { headers: { 'User-Agent': this.o.userAgent, Accept: 'application/json' }, signal: ctrl.signal, redirect: 'follow' });
        const body = await res.text();
        if (res.ok) final = { kind: 'ok', status: res.status, body };
        else if (RETRY_STATUS.has(res.status) && attempt < this.o.maxRetries) {
          const ra = parseRetryAfter(res.headers.get('retry-after'), this.o.now());
          if (ra !== undefined && ra > this.o.maxRetryAfterMs) final = { kind: 'http-error', status: res.status, body };
          else retryIn = ra ?? this.backoff(attempt);
        } else final = { kind: 'http-error', status: res.status, body };
      } catch (e) {
        if (this.o.signal?.aborted) final = { kind: 'aborted' };
        else if (timedOut) {
          if (attempt < this.o.maxRetries) retryIn = this.backoff(attempt);
          else final = { kind: 'timeout' };
        } else {
          const code = networkErrorCode(e) ?? 'network error';
          if (OFFLINE_CODES.has(code)) {
            this.offline.set(host, code);
            final = { kind: 'offline', detail: code };
          } else if (attempt < this.o.maxRetries) retryIn = this.backoff(attempt); // ECONNRESET, socket hang-up
          else final = { kind: 'offline', detail: code };
        }
      } finally {
        clearTimeout(timer);
        this.o.signal?.removeEventListener('abort', onAbort);
        release();
      }
      if (final) return final;
      await this.o.sleep(retryIn ?? 0, this.o.signal);
    }
  }

  private backoff(attempt: number): number {
    const base = this.o.backoffBaseMs * 2 ** attempt;
    return Math.round(base + base * 0.25 * this.o.random());
  }
}
