import * as assert from 'node:assert/strict';
import { decodeDraft, encodeDraft, firstInvalidUtf8, sizeProblem } from '../../server/src/engine/input';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeDraft', () => {
  it('decodes plain UTF-8 without a BOM', () => {
    const r = decodeDraft(bytes('Héllo 😀\r\n'));
    assert.deepEqual(r, { ok: true, text: 'Héllo 😀\r\n', bom: false, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and says it was there; a second U+FEFF stays text', () => {
    const r = decodeDraft(bytes([0xef, 0xbb, 0xbf], 'a', [0xef, 0xbb, 0xbf]));
    assert.ok(r.ok);
    assert.equal(r.text, 'a\uFEFF');
    assert.equal(r.bom, true);
    assert.equal(r.encoding, 'utf-8');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dose 5 mg ☤\n', 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [buf, enc] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const r = decodeDraft(buf);
      assert.ok(r.ok, enc);
      assert.equal(r.text, 'Dose 5 mg ☤\n');
      assert.equal(r.encoding, enc);
      assert.deepEqual(Buffer.from(encodeDraft(r.text, r)), buf, `round trip ${enc}`);
    }
  });

  it('rejects NUL bytes as binary, naming the offset', () => {
    const r = decodeDraft(bytes('PNG', [0, 1, 2]));
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.code === 'binary' && /NUL/.test(r.reason) && /byte 3/.test(r.reason), JSON.stringify(r));
  });

  it('rejects invalid UTF-8 with the byte and line', () => {
    for (const bad of [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf5, 0x80, 0x80, 0x80]]) {
      const r = decodeDraft(bytes('ok\nline two ', bad, ' end'));
      assert.equal(r.ok, false, JSON.stringify(bad));
      assert.ok(!r.ok && r.code === 'invalid-encoding' && /not valid UTF-8/.test(r.reason) && /offset 12, line 2/.test(r.reason), !r.ok ? r.reason : '');
    }
  });

  it('rejects UTF-32 and odd-length UTF-16 clearly', () => {
    const r32 = decodeDraft(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    assert.ok(!r32.ok && r32.code === 'unsupported-encoding' && /UTF-32/.test(r32.reason));
    const odd = decodeDraft(Buffer.from([0xfe, 0xff, 0, 0x41, 0]));
    assert.ok(!odd.ok && odd.code === 'invalid-encoding' && /UTF-16 BE/.test(odd.reason));
  });

  it('rejects input over maxBytes, and accepts input at the limit', () => {
    const r = decodeDraft(bytes('x'.repeat(11)), { maxBytes: 10 });
    assert.ok(!r.ok && r.code === 'too-large' && /too large \(11 bytes; the limit is 10 bytes/.test(r.reason), JSON.stringify(r));
    assert.ok(decodeDraft(bytes('x'.repeat(10)), { maxBytes: 10 }).ok);
    assert.match(sizeProblem(6 * 1024 * 1024, 5 * 1024 * 1024)!, /6 MB; the limit is 5 MB/);
  });

  it('accepts the empty input', () => {
    assert.deepEqual(decodeDraft(new Uint8Array()), { ok: true, text: '', bom: false, encoding: 'utf-8' });
  });

  it('finds the first invalid UTF-8 byte exactly where TextDecoder fails', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 2000; n++) {
      const len = Math.floor(rand() * 8);
      const arr = Uint8Array.from({ length: len }, () => (rand() < 0.5 ? Math.floor(rand() * 128) : 0x80 + Math.floor(rand() * 128)));
      let valid = true;
      try {
        decoder.decode(arr);
      } catch {
        valid = false;
      }
      assert.equal(firstInvalidUtf8(arr) === arr.length, valid, Buffer.from(arr).toString('hex'));
    }
  });
});
