// Turning the bytes of a draft into text, or saying clearly why they are not a draft.
// Shared by the CLI and the language server: NUL bytes (binary files), invalid UTF-8, byte order marks
// (UTF-8 kept and restored on write; UTF-16 LE/BE decoded; UTF-32 rejected) and a size limit.

export type DraftEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodeOptions {
  /** Largest accepted input in bytes (config.maxFileSize). Omit for no limit. */
  maxBytes?: number;
}

export type DecodedDraft =
  | {
      ok: true;
      /** The text without its byte order mark. */
      text: string;
      /** True when the bytes started with a byte order mark (write it back when saving). */
      bom: boolean;
      encoding: DraftEncoding;
    }
  | {
      ok: false;
      /** Why the bytes are not a draft, to follow the file name, e.g. "contains NUL bytes (binary file?) at byte 12". */
      reason: string;
      /** Machine-readable kind of failure. */
      code: 'too-large' | 'binary' | 'invalid-encoding' | 'unsupported-encoding';
    };

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16Fatal = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

/** The reason a file of `size` bytes is refused, or null when it fits under `maxBytes`. */
export function sizeProblem(size: number, maxBytes: number | undefined): string | null {
  if (maxBytes === undefined || !Number.isFinite(maxBytes) || size <= maxBytes) return null;
  let have = formatBytes(size);
  let limit = formatBytes(maxBytes);
  if (have === limit) {
    have = `${size} bytes`;
    limit = `${maxBytes} bytes`;
  }
  return `too large (${have}; the limit is ${limit}, set "maxFileSize" in .clinical-lint.json to change it)`;
}

/** Decode a draft's bytes. Never throws. */
export function decodeDraft(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedDraft {
  const tooLarge = sizeProblem(bytes.length, opts.maxBytes);
  if (tooLarge) return { ok: false, code: 'too-large', reason: tooLarge };

  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0 && bytes.length % 4 === 0) {
    return { ok: false, code: 'unsupported-encoding', reason: 'encoded as UTF-32, which is not supported (save it as UTF-8)' };
  }
  if (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return { ok: false, code: 'unsupported-encoding', reason: 'encoded as UTF-32, which is not supported (save it as UTF-8)' };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return decodeUtf16(bytes.subarray(2), b0 === 0xff ? 'utf-16le' : 'utf-16be');
  }

  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, code: 'binary', reason: `contains NUL bytes (binary file?) at byte ${nul + (bom ? 3 : 0)}` };
  let text: string;
  try {
    text = utf8Fatal.decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    return { ok: false, code: 'invalid-encoding', reason: `not valid UTF-8 (${describeByteOffset(body, at, bom ? 3 : 0)})` };
  }
  return { ok: true, text, bom, encoding: 'utf-8' };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedDraft {
  const label = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (body.length % 2 !== 0) {
    return { ok: false, code: 'invalid-encoding', reason: `starts with a ${label} byte order mark but has an odd number of bytes` };
  }
  let le = body;
  if (encoding === 'utf-16be') {
    le = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      le[i] = body[i + 1];
      le[i + 1] = body[i];
    }
  }
  let text: string;
  try {
    text = utf16Fatal.decode(le);
  } catch {
    return { ok: false, code: 'invalid-encoding', reason: `not valid ${label}` };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ok: false, code: 'binary', reason: `contains NUL characters (binary file?)` };
  return { ok: true, text, bom: true, encoding };
}

/** Bytes for saving `text` the way it was read. */
export function encodeDraft(text: string, how: { bom: boolean; encoding?: DraftEncoding }): Uint8Array {
  const encoding = how.encoding ?? 'utf-8';
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return how.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const body = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') body.swap16();
  const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return how.bom ? Buffer.concat([Buffer.from(bom), body]) : body;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (length when all are fine). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // truncated sequence at the end
    const c1 = bytes[i + 1];
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return n;
}

function describeByteOffset(body: Uint8Array, at: number, shift: number): string {
  let line = 1;
  for (let i = 0; i < at && i < body.length; i++) if (body[i] === 10) line++;
  const byte = body[at];
  const hex = byte === undefined ? 'end of file' : `0x${byte.toString(16).padStart(2, '0').toUpperCase()}`;
  return `bad byte ${hex} at offset ${at + shift}, line ${line}`;
}
