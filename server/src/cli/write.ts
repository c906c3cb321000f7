// Writing a fixed draft back without ever leaving a half-written file: the new bytes go to a temporary
// file in the same folder, are flushed to disk, take the original's permissions, and replace the original
// with one rename. A file that changed on disk since it was read is left alone.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { errnoReason } from './files';

export class WriteError extends Error {}

export function writeFileAtomic(filePath: string, bytes: Uint8Array, expected?: { mtimeMs: number; size: number }): void {
  let target: string;
  let st: fs.Stats;
  try {
    // Write through a symbolic link to the file it points at, so the link stays a link.
    target = fs.realpathSync(filePath);
    st = fs.statSync(target);
  } catch (e) {
    throw new WriteError(`not written: cannot stat the file (${errnoReason(e)})`);
  }
  if (expected && (st.mtimeMs !== expected.mtimeMs || st.size !== expected.size)) {
    throw new WriteError('not written: the file changed on disk while it was being linted');
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.clinical-lint-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', st.mode & 0o777);
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    try {
      fs.fchmodSync(fd, st.mode & 0o7777);
      if (typeof process.getuid === 'function' && process.getuid() === 0) fs.fchownSync(fd, st.uid, st.gid);
    } catch {
      /* best effort: permissions as the umask allows */
    }
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw new WriteError(`not written (${errnoReason(e)}); the file is unchanged`);
  }
}
