// clinicalLint/verifyReferences against a fake Crossref served by the test on 127.0.0.1:
// the results go back into the engine and the diagnostics are re-published.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { VerifyReferencesRequest, type VerifyReferencesResult } from '../../server/src/lsp/protocol';
import { codes, newUri, onlyRules, tempDir, useClient } from './helpers';

const DRAFT = [
  '# Turmeric and knee pain',
  '',
  'Turmeric may ease knee pain in some adults [1].',
  '',
  '## References',
  '',
  '1. Smith J, Jones K. Turmeric extract for knee osteoarthritis: a randomised trial. J Pain Res. 2020;13:100-110. doi:10.9999/fake.2020.1',
  '',
].join('\n');

describe('language server: online reference verification (fake Crossref on 127.0.0.1)', function () {
  const requests: string[] = [];
  let server: http.Server;
  let base = '';
  let cacheDir: string;

  before(async () => {
    cacheDir = tempDir();
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      // Every DOI is unknown to this Crossref (and to every other agency).
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Resource not found.');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  const client = useClient(() => {
    // Other rules off; unverified-reference left unset, so online results turn it on.
    const { rules } = onlyRules();
    delete rules['unverified-reference'];
    return {
      settings: { rules, references: { verifyOnline: true, crossrefUrl: base, eutilsUrl: `${base}/eutils` } },
      initializationOptions: { cacheDir },
    };
  });

  it('checks the references, then re-publishes with what the check found', async () => {
    const c = client();
    const uri = newUri();
    c.open(uri, DRAFT);
    const first = await c.diagnosticsAt(uri, 1);
    assert.ok(!codes(first.diagnostics).includes('unverified-reference'));
    assert.equal(requests.length, 0, 'nothing goes online before the request');
    const m = c.mark;
    const r = await c.request<VerifyReferencesResult>(VerifyReferencesRequest, { uri });
    assert.equal(r.status, 'ok', r.message);
    assert.equal(r.checked, 1);
    assert.equal(r.problems, 1);
    assert.ok(requests.some((u) => u.includes('/works/10.9999')), requests.join('\n'));
    const after = await c.diagnostics(uri, (p) => codes(p.diagnostics).includes('unverified-reference'), m);
    const d = after.diagnostics.find((x) => x.code === 'unverified-reference')!;
    assert.match(d.message, /10\.9999\/fake\.2020\.1/);
    assert.equal(after.version, 1);
    c.close(uri);
  });

  it('answers an error, not an exception, for a document that is not open', async () => {
    const r = await client().request<VerifyReferencesResult>(VerifyReferencesRequest, { uri: newUri() });
    assert.equal(r.status, 'error');
    assert.match(r.message, /not open/);
  });
});
