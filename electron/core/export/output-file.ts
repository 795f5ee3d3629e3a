import { closeSync, existsSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CoreError } from '../errors';

/** An existing folder gets the default name inside it; anything else is the file's own path. */
export const resolveOutput = (out: string, defaultName: string): string => {
  const full = resolve(out);
  if (existsSync(full) && statSync(full).isDirectory()) return join(full, defaultName);
  if (!existsSync(dirname(full))) throw new CoreError('INVALID_INPUT', `The folder for ${basename(full)} does not exist.`);
  return full;
};

/**
 * Writes the file in one go, refusing to replace an existing one unless asked. No temp file: the
 * only copy outside the vault is the one the consultant asked for.
 */
export const writeExport = (path: string, bytes: Uint8Array, overwrite: boolean): void => {
  let fd: number;
  try {
    fd = openSync(path, overwrite ? 'w' : 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CoreError('EXPORT_FILE_EXISTS', `${basename(path)} already exists.`);
    throw new CoreError('INVALID_INPUT', `${basename(path)} could not be written (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
  } catch (e) {
    closeSync(fd);
    unlinkSync(path);
    throw e;
  }
  closeSync(fd);
};

export const removeQuietly = (path: string): void => {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to undo.
  }
};
