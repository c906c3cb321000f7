// On-disk cache of online lookups with expiry. One JSON file per request key under `<dir>/references-v1/`,
// written atomically (temporary file + rename), so concurrent processes (server and CLI) never read half a file.
// Only definitive answers are stored (a record, or "does not exist"); errors and timeouts never are.
// A missing, unreadable or corrupt file is a miss; a cache that cannot be written is silently skipped.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';

export interface CachedAnswer {
  /** HTTP status of the stored answer (200 or 404). */
  status: number;
  body: string;
  storedAt: number;
}

export interface CacheOptions {
  /** Folder for the cache; undefined keeps the cache in memory only. */
  dir?: string;
  /** Lifetime of a found record (default 30 days). */
  ttlMs?: number;
  /** Lifetime of "not found" (default 1 day: new DOIs are registered every day). */
  negativeTtlMs?: number;
  now?: () => number;
}

export const DEFAULT_TTL_MS = 30 * 24 * 3600 * 1000;
export const DEFAULT_NEGATIVE_TTL_MS = 24 * 3600 * 1000;

export class LookupCache {
  private memory = new Map<string, CachedAnswer>();
  private readonly dir?: string;
  private readonly ttl: number;
  private readonly negativeTtl: number;
  private readonly now: () => number;
  private writable = true;

  constructor(opts: CacheOptions = {}) {
    this.dir = opts.dir ? path.join(opts.dir, 'references-v1') : undefined;
    this.ttl = opts.ttlMs ?? DEFAULT_TTL_MS;
    this.negativeTtl = opts.negativeTtlMs ?? DEFAULT_NEGATIVE_TTL_MS;
    this.now = opts.now ?? Date.now;
  }

  private file(key: string): string {
    return path.join(this.dir!, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);
  }

  private fresh(a: CachedAnswer): boolean {
    const age = this.now() - a.storedAt;
    return age >= 0 && age < (a.status === 200 ? this.ttl : this.negativeTtl);
  }

  get(key: string): CachedAnswer | undefined {
    const m = this.memory.get(key);
    if (m && this.fresh(m)) return m;
    if (!this.dir) return undefined;
    try {
      const raw = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as Partial<CachedAnswer> & { key?: string };
      if (raw.key !== key || typeof raw.status !== 'number' || typeof raw.body !== 'string' || typeof raw.storedAt !== 'number') return undefined;
      const a: CachedAnswer = { status: raw.status, body: raw.body, storedAt: raw.storedAt };
      if (!this.fresh(a)) return undefined;
      this.memory.set(key, a);
      return a;
    } catch {
      return undefined;
    }
  }

  set(key: string, status: number, body: string): void {
    const a: CachedAnswer = { status, body, storedAt: this.now() };
    this.memory.set(key, a);
    if (!this.dir || !this.writable) return;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const file = this.file(key);
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ key, ...a }));
      fs.renameSync(tmp, file);
    } catch {
      this.writable = false; // read-only or full disk: keep working from memory
    }
  }
}
