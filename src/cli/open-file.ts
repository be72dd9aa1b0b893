import { createReadStream, statSync } from 'node:fs';
import { EngineError } from '../engine/errors';
import type { ByteSource } from '../engine/ingest';

/** A file opened for ingest: the byte stream and its size (for progress). */
export interface OpenedFile {
  readonly source: ByteSource;
  readonly totalBytes: number;
}

/**
 * The Node adapter for ingest: a read stream over `path` in 1 MiB chunks.
 * @throws EngineError `file-not-found` / `not-a-file` / `unreadable-file` (exit status 3).
 */
export function openFile(path: string): OpenedFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new EngineError('not-a-file', `不是文件(not a file)`);
    size = stat.size;
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('file-not-found', '找不到这个文件(file not found)');
    throw new EngineError('unreadable-file', `无法读取这个文件(cannot read the file: ${code ?? 'error'})`);
  }
  return { source: createReadStream(path, { highWaterMark: 1 << 20 }), totalBytes: size };
}
