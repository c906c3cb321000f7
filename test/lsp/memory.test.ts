// The server's memory report (CLINICAL_LINT_TRACE=1) and the lint worker's young generation: the server's own
// --max-semi-space-size (SERVER_NODE_OPTIONS, for the thread that only talks LSP) is process-wide in V8 and used to
// shrink the worker's young generation too, which made every keystroke's lint GC-bound.

import * as assert from 'node:assert/strict';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/protocol';
import type { MemoryReport } from '../../server/src/lsp/memory';
import type { WorkerMemory } from '../../server/src/lsp/lint-pool';
import { newUri, useClient } from './helpers';

type Report = { main: MemoryReport; openDocuments: number; workers: (WorkerMemory | null)[] };

/** A draft long enough that linting it allocates far more than any young generation. */
function longDraft(paragraphs: number): string {
  const out = ['# Turmeric and joint pain', ''];
  for (let i = 0; i < paragraphs; i++)
    out.push(`Paragraph ${i}: turmeric cures arthritis in ${i % 9} weeks [${i + 1}]. Take ${100 + i} mg twice daily, studies suggest it may help some people.`, '');
  out.push('## References', '');
  for (let i = 0; i < paragraphs; i++) out.push(`${i + 1}. Doe J, Roe K. Curcumin trial ${i}. J Pain. 2020;${i}:1-9.`);
  return out.join('\n') + '\n';
}

describe('language server: memory report and the lint worker young generation', function () {
  this.timeout(60000);
  const semi = SERVER_NODE_OPTIONS.find((o) => o.startsWith('--max-semi-space-size'));
  const client = useClient({ env: { CLINICAL_LINT_TRACE: '1', NODE_OPTIONS: semi ?? '--max-semi-space-size=2' }, initializationOptions: { debounceMs: 0 } });

  it('reports the main thread and the worker; the worker young generation is its own, not the server option', async () => {
    const c = client();
    const uri = newUri();
    let text = longDraft(300);
    c.open(uri, text);
    await c.diagnosticsAt(uri, 1);
    for (let v = 2; v <= 6; v++) {
      text = text.replace('Paragraph 7:', `Paragraph 7 ${v}:`);
      c.change(uri, v, text);
      await c.diagnosticsAt(uri, v);
    }
    const r = await c.request<Report>('clinicalLint/memory', {});
    assert.equal(r.openDocuments, 1);
    assert.equal(r.workers.length, 1);
    const w = r.workers[0]!;
    assert.ok(w && w.documents === 1, JSON.stringify(r));
    for (const m of [r.main, w]) for (const k of ['rssMb', 'heapTotalMb', 'heapUsedMb', 'newSpaceMb'] as const) assert.ok(m[k] > 0, `${k} in ${JSON.stringify(m)}`);
    assert.ok(w.heapTotalMb !== r.main.heapTotalMb || w.heapUsedMb !== r.main.heapUsedMb, 'two different heaps');
    // Two 2 MB semi-spaces on the main thread; the worker's young generation grew past them under its load.
    assert.ok(r.main.newSpaceMb <= 4.5, `main new space ${r.main.newSpaceMb} MB`);
    assert.ok(w.newSpaceMb > 4.5, `worker new space ${w.newSpaceMb} MB (capped by the server's --max-semi-space-size?)`);
  });
});
