import { createReadStream, fstatSync, openSync, statSync } from 'node:fs';
import { EngineError } from '../engine/core/errors';
import type { ByteSource } from '../engine/ingest';

/** A file opened for ingest: the byte stream and its size (for progress). */
export interface OpenedFile {
  readonly source: ByteSource;
  readonly totalBytes: number;
}

/** The error for a file the system will not let us read, in the CLI's Chinese (English) form. */
function readFailure(error: unknown): EngineError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT' || code === 'ENOTDIR') return new EngineError('file-not-found', '找不到这个文件(file not found)');
  if (code === 'EACCES' || code === 'EPERM') {
    return new EngineError('unreadable-file', `没有读取这个文件的权限，请检查文件权限或换一个位置(permission denied: ${code})`);
  }
  if (code === 'EISDIR') return new EngineError('not-a-file', '这是一个文件夹，不是文件(not a file: a folder)');
  return new EngineError('unreadable-file', `无法读取这个文件(cannot read the file: ${code})`);
}

/** The stream's chunks, a read error along the way becoming the same message as a failed open. */
async function* guarded(stream: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    yield* stream;
  } catch (error) {
    throw error instanceof EngineError ? error : readFailure(error);
  }
}

/**
 * The Node adapter for ingest: opens `path` at once (so a missing file or a missing permission is known
 * before anything else happens) and streams it in 1 MiB chunks.
 * @throws EngineError `file-not-found` / `not-a-file` / `unreadable-file` (exit status 3).
 */
export function openFile(path: string): OpenedFile {
  let fd: number;
  let size: number;
  try {
    // stat first: opening a named pipe would wait for a writer.
    const stat = statSync(path);
    if (!stat.isFile()) throw new EngineError('not-a-file', stat.isDirectory() ? '这是一个文件夹，不是文件(not a file: a folder)' : '不是普通文件(not a regular file)');
    fd = openSync(path, 'r');
    size = fstatSync(fd).size;
  } catch (error) {
    throw error instanceof EngineError ? error : readFailure(error);
  }
  return { source: guarded(createReadStream('', { fd, highWaterMark: 1 << 20 })), totalBytes: size };
}
