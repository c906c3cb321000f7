// Drafts that are not open in the editor: read from disk with the same decoding as the CLI
// (NUL bytes, invalid UTF-8, byte order marks, size limit).

import { promises as fsp } from 'node:fs';
import { decodeDraft, sizeProblem } from '../engine/input';
import { uriToPath } from './uris';

export type DraftText = { ok: true; text: string } | { ok: false; reason: string };

export async function readDraft(uri: string, maxBytes: number): Promise<DraftText> {
  const file = uriToPath(uri);
  if (!file) return { ok: false, reason: 'not a file on disk (only file: URIs can be read)' };
  try {
    const st = await fsp.stat(file);
    if (!st.isFile()) return { ok: false, reason: 'not a file' };
    const tooLarge = sizeProblem(st.size, maxBytes);
    if (tooLarge) return { ok: false, reason: tooLarge };
    const decoded = decodeDraft(await fsp.readFile(file), { maxBytes });
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: decoded.reason };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? (e as Error).message})`;
    return { ok: false, reason };
  }
}
