// Test hooks, inert unless their environment variables are set (the server tests set them).

import { ruleById } from '../engine/lint';

/** CLINICAL_LINT_TEST_THROWING_RULES=a,b: make the named rules throw, to check that a crashing rule is contained and logged once. */
export function installThrowingRules(): void {
  const throwing = process.env.CLINICAL_LINT_TEST_THROWING_RULES;
  if (!throwing) return;
  for (const id of throwing.split(',')) {
    const rule = ruleById.get(id.trim());
    if (rule)
      rule.check = () => {
        throw new Error(`injected failure in ${rule.meta.id} (CLINICAL_LINT_TEST_THROWING_RULES)`);
      };
  }
}

const MARKER = /clinical-lint-test:(hang|crash|throw|sleep=(\d{1,6}))/;

/**
 * CLINICAL_LINT_TEST_WORKER_HOOKS=1: in the lint worker, a document containing
 *   clinical-lint-test:hang        never finishes (busy loop: only terminating the worker stops it)
 *   clinical-lint-test:sleep=MS    blocks the worker for MS milliseconds before linting
 *   clinical-lint-test:crash       ends the worker thread (as a fatal error would)
 *   clinical-lint-test:throw       throws from the task (an engine bug)
 * so that tests can check timeouts, crash recovery and responsiveness deterministically.
 */
export function workerTestHook(text: string): void {
  if (process.env.CLINICAL_LINT_TEST_WORKER_HOOKS !== '1') return;
  const m = MARKER.exec(text);
  if (!m) return;
  if (m[1] === 'hang') for (;;);
  if (m[1] === 'crash') process.exit(70);
  if (m[1] === 'throw') throw new Error('injected engine failure (clinical-lint-test:throw)');
  if (m[2]) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(m[2]));
}
