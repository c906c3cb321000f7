// A local stand-in for Crossref's REST API and NCBI E-utilities, on 127.0.0.1 with an ephemeral port.
// Answers with the recorded response shapes in test/fixtures/references/online/, plus scripted failures:
//   DOI 10.5555/flaky            → 500 once, then the record
//   DOI 10.5555/ratelimited      → 429 with Retry-After: 1 once, then the record
//   DOI 10.5555/ratelimited-long → always 429 with Retry-After: 3600
//   DOI 10.5555/slow             → never answers (timeouts)
//   DOI 10.5281/zenodo.1234567   → 404 at /works, DataCite at /works/{doi}/agency
//   any other unknown DOI        → 404 "Resource not found." at both
// Every request is recorded (path, query, User-Agent).

import * as http from 'node:http';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'references', 'online');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const json = (name: string): Record<string, unknown> => JSON.parse(fixture(name));

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  userAgent: string;
}

export class FakeServices {
  readonly requests: RecordedRequest[] = [];
  private server: http.Server;
  private counts = new Map<string, number>();
  private hanging = new Set<http.ServerResponse>();
  port = 0;

  constructor() {
    this.server = http.createServer((req, res) => this.handle(req, res));
  }

  get crossrefUrl(): string {
    return `http://127.0.0.1:${this.port}/crossref`;
  }

  get eutilsUrl(): string {
    return `http://127.0.0.1:${this.port}/eutils`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const r of this.hanging) r.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** How many requests went to paths containing `fragment`. */
  count(fragment: string): number {
    return this.requests.filter((r) => decodeURIComponent(r.path).includes(fragment)).length;
  }

  private bump(key: string): number {
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.requests.push({ path: url.pathname, query: url.searchParams, userAgent: String(req.headers['user-agent'] ?? '') });
    const send = (status: number, body: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': status === 200 ? 'application/json;charset=utf-8' : 'text/plain', ...headers });
      res.end(body);
    };
    const p = url.pathname;
    if (p.startsWith('/crossref/works/')) {
      const rest = decodeURIComponent(p.slice('/crossref/works/'.length));
      const agency = rest.endsWith('/agency');
      const doi = (agency ? rest.slice(0, -'/agency'.length) : rest).toLowerCase();
      const younger = fixture('crossref-work-younger2013.json');
      switch (doi) {
        case '10.1002/art.37734':
          return agency ? send(200, JSON.stringify({ status: 'ok', message: { DOI: doi, agency: { id: 'crossref', label: 'Crossref' } } })) : send(200, younger);
        case '10.1016/j.jpain.2019.02.004':
          return send(200, fixture('crossref-work-other.json'));
        case '10.5555/flaky':
          return this.bump(doi) === 1 ? send(500, 'Internal Server Error') : send(200, younger);
        case '10.5555/ratelimited':
          return this.bump(doi) === 1 ? send(429, 'Too Many Requests', { 'retry-after': '1' }) : send(200, younger);
        case '10.5555/ratelimited-long':
          return send(429, 'Too Many Requests', { 'retry-after': '3600' });
        case '10.5555/slow':
          this.hanging.add(res);
          return;
        case '10.5281/zenodo.1234567':
          return agency ? send(200, fixture('crossref-agency-datacite.json')) : send(404, 'Resource not found.');
        default:
          return send(404, 'Resource not found.');
      }
    }
    if (p === '/crossref/works') {
      const q = (url.searchParams.get('query.bibliographic') ?? '').toLowerCase();
      return send(200, fixture(q.includes('inflammatory bowel') ? 'crossref-search-ldn-ibd.json' : 'crossref-search-empty.json'));
    }
    if (p === '/eutils/esummary.fcgi') {
      const db = url.searchParams.get('db');
      const ids = (url.searchParams.get('id') ?? '').split(',').filter(Boolean);
      const source = (json(db === 'pmc' ? 'esummary-pmc.json' : 'esummary-pubmed.json').result ?? {}) as Record<string, unknown>;
      const result: Record<string, unknown> = { uids: ids.filter((id) => source[id]) };
      for (const id of ids) result[id] = source[id] ?? { uid: id, error: 'cannot get document summary' };
      return send(200, JSON.stringify({ header: { type: 'esummary', version: '0.3' }, result }));
    }
    if (p === '/eutils/esearch.fcgi') {
      const term = (url.searchParams.get('term') ?? '').toLowerCase();
      if (term.includes('fibromyalgia')) {
        const body = json('esearch-ldn-ibd.json') as { esearchresult: { idlist: string[]; count: string } };
        body.esearchresult.idlist = ['23359310'];
        body.esearchresult.count = '1';
        return send(200, JSON.stringify(body));
      }
      return send(200, fixture('esearch-empty.json'));
    }
    send(404, 'Not found');
  }
}

/** A base URL on 127.0.0.1 where nothing listens (connection refused). */
export async function deadUrl(): Promise<string> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
