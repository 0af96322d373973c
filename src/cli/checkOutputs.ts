import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError } from '../files/FileError';

interface Identity {
  /** device and inode of an existing file (the same file under any name, link or letter case) */
  inode: string | null;
  /** the real path (symbolic links resolved; for a new file, its folder's) */
  path: string;
}

function identify(file: string): Identity {
  let inode: string | null = null;
  try {
    const s = statSync(file);
    inode = `${s.dev}:${s.ino}`;
  } catch {
    // not there yet
  }
  let path: string;
  try {
    path = realpathSync(file);
  } catch {
    try {
      path = join(realpathSync(dirname(resolve(file))), basename(file));
    } catch {
      path = resolve(file);
    }
  }
  return { inode, path };
}

function same(a: Identity, b: Identity): boolean {
  return (a.inode !== null && a.inode === b.inode) || a.path === b.path;
}

/**
 * Refuses an output that names an input file (by real path, through symbolic and hard links, and any
 * letter case on a case-insensitive file system), or two outputs naming one file.
 */
export function checkOutputs(inputs: string[], outputs: Array<{ option: string; file: string }>): void {
  const ins = inputs.map(identify);
  const seen: Identity[] = [];
  for (const { option, file } of outputs) {
    const id = identify(file);
    if (ins.some((i) => same(i, id))) throw new FileError('output_is_input', { option, file });
    if (seen.some((o) => same(o, id))) throw new FileError('output_twice', { option, file });
    seen.push(id);
  }
}
