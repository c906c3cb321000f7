// The polite HTTP client and the lookup cache, in isolation.

import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PoliteHttp, parseRetryAfter, networkErrorCode } from '../../server/src/online/http';
import { LookupCache } from '../../server/src/online/cache';
import { titleSimilarity, normalizeTitle, sameSurname, surnameFromPubmedName } from '../../server/src/online/similarity';

describe('online helpers', () => {
  describe('parseRetryAfter', () => {
    it('reads delta-seconds and HTTP dates', () => {
      const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
      assert.equal(parseRetryAfter('3', now), 3000);
      assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now), 5000);
      assert.equal(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now), 0);
      assert.equal(parseRetryAfter('soon', now), undefined);
      assert.equal(parseRetryAfter(null, now), undefined);
    });
  });

  it('finds the network error code in undici-style errors', () => {
    const refused = new TypeError('fetch failed', { cause: new AggregateError([Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })]) });
    assert.equal(networkErrorCode(refused), 'ECONNREFUSED');
    assert.equal(networkErrorCode(new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ENOTFOUND' }) })), 'ENOTFOUND');
    assert.equal(networkErrorCode(new Error('plain')), undefined);
  });

  describe('PoliteHttp', () => {
    let server: http.Server;
    let base: string;
    let hits: string[];
    let handler: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void;
    beforeEach(async () => {
      hits = [];
      server = http.createServer((req, res) => {
        hits.push(req.url ?? '');
        handler(req, res, hits.length);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterEach(async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    });
    const client = (sleeps: number[] = []) =>
      new PoliteHttp({ userAgent: 'test/1 (mailto:a@b.c)', minIntervalMs: 0, backoffBaseMs: 100, random: () => 0, sleep: async (ms) => void sleeps.push(ms) });

    it('does not retry a 404, and passes the User-Agent', async () => {
      let ua = '';
      handler = (req, res) => {
        ua = String(req.headers['user-agent']);
        res.writeHead(404).end('Resource not found.');
      };
      const r = await client().get(`${base}/works/x`);
      assert.deepEqual(r, { kind: 'http-error', status: 404, body: 'Resource not found.' });
      assert.equal(hits.length, 1);
      assert.equal(ua, 'test/1 (mailto:a@b.c)');
    });

    it('backs off exponentially on 503 and gives up after the last retry', async () => {
      handler = (_q, res) => void res.writeHead(503).end('busy');
      const sleeps: number[] = [];
      const r = await client(sleeps).get(`${base}/x`);
      assert.deepEqual(r, { kind: 'http-error', status: 503, body: 'busy' });
      assert.equal(hits.length, 4);
      assert.deepEqual(sleeps, [100, 200, 400]);
    });

    it('retries a dropped connection (ECONNRESET) and succeeds', async () => {
      handler = (_q, res, n) => (n === 1 ? res.socket?.destroy() : void res.writeHead(200).end('{"ok":true}'));
      const r = await client().get(`${base}/x`);
      assert.deepEqual(r, { kind: 'ok', status: 200, body: '{"ok":true}' });
      assert.equal(hits.length, 2);
    });
  });

  describe('LookupCache', () => {
    it('keeps answers on disk with expiry and survives a read-only folder', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-cache-'));
      let now = 1000;
      const a = new LookupCache({ dir, now: () => now, ttlMs: 100, negativeTtlMs: 10 });
      a.set('k1', 200, 'found');
      a.set('k2', 404, 'missing');
      const b = new LookupCache({ dir, now: () => now, ttlMs: 100, negativeTtlMs: 10 });
      assert.equal(b.get('k1')?.body, 'found');
      assert.equal(b.get('k2')?.status, 404);
      now += 50;
      assert.equal(new LookupCache({ dir, now: () => now, ttlMs: 100, negativeTtlMs: 10 }).get('k2'), undefined, 'negative answers expire sooner');
      assert.equal(new LookupCache({ dir, now: () => now, ttlMs: 100, negativeTtlMs: 10 }).get('k1')?.body, 'found');
      now += 100;
      assert.equal(new LookupCache({ dir, now: () => now, ttlMs: 100 }).get('k1'), undefined);
      fs.rmSync(dir, { recursive: true, force: true });
      const file = path.join(os.tmpdir(), `cl-not-a-dir-${process.pid}`);
      fs.writeFileSync(file, 'x');
      const c = new LookupCache({ dir: file });
      c.set('k', 200, 'v');
      assert.equal(c.get('k')?.body, 'v', 'memory still works');
      fs.rmSync(file);
    });
  });

  describe('similarity', () => {
    it('normalises titles and compares them', () => {
      assert.equal(normalizeTitle('Low‐dose <i>naltrexone</i> &amp; pain: a trial.'), 'low dose naltrexone and pain a trial');
      assert.equal(titleSimilarity('Low-dose naltrexone for fibromyalgia', 'Low‐dose naltrexone for fibromyalgia.'), 1);
      assert.equal(titleSimilarity('Low-dose naltrexone for fibromyalgia', 'Low-dose naltrexone for fibromyalgia: a pilot trial'), 1);
      assert.ok(titleSimilarity('Low-dose naltrexone for fibromyalgia: a review', 'Low-dose naltrexone for fibromyalgia: a pilot trial') < 0.9);
      assert.ok(titleSimilarity('Naltrexone and sleep', 'Exercise therapy for chronic low back pain') < 0.5);
      assert.equal(titleSimilarity('Title', 'Title', 'subtitle here'), 1);
    });
    it('compares surnames leniently', () => {
      assert.ok(sameSurname('García', 'Garcia'));
      assert.ok(sameSurname('van der Berg', 'Berg'));
      assert.ok(!sameSurname('Dunn', 'Lindqvist'));
      assert.equal(surnameFromPubmedName('van Toorn R'), 'van Toorn');
      assert.equal(surnameFromPubmedName('Bijlsma MW'), 'Bijlsma');
    });
  });
});
