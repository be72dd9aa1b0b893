import { statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { shortText } from '../engine/ingest/issue-log';
import { UsageError } from './usage-error';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** An `--out` problem: exit status 2, one line, no usage text. */
function outError(path: string, zh: string, en: string): UsageError {
  const shown = shortText(path, 200);
  return new UsageError(`--out ${shown}：${zh}(--out ${shown}: ${en})`, { showUsage: false });
}

/**
 * Checks `--out` before a command reads or computes anything: it must not be the input file under any
 * name (another path, a symbolic or hard link: the same device and inode), not a folder, and its folder
 * must exist.
 * @throws UsageError (exit status 2) naming the problem.
 */
export function checkOutPath(out: string, input: string | undefined): void {
  const target = statOrNull(out);
  const source = input === undefined ? null : statOrNull(input);
  if (target && source && target.dev === source.dev && target.ino === source.ino) {
    throw outError(out, '与输入文件是同一个文件，写入会覆盖你的数据；请换一个文件名', 'this is the input file; writing would overwrite your data');
  }
  if (target?.isDirectory()) throw outError(out, '这是一个文件夹，请给出文件名，如 结果.csv', 'this is a folder; give a file name');
  const folder = statOrNull(dirname(out));
  if (!folder || !folder.isDirectory()) throw outError(out, '所在的文件夹不存在，请先建好文件夹', 'its folder does not exist');
}

/**
 * Writes a command's `--out` file; a failure (a folder, a missing folder, no permission, a full disk)
 * becomes a message of its own.
 * @throws UsageError (exit status 2).
 */
export function writeOutFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'EISDIR') throw outError(path, '这是一个文件夹，请给出文件名，如 结果.csv', 'this is a folder; give a file name');
    if (code === 'ENOENT' || code === 'ENOTDIR') throw outError(path, '所在的文件夹不存在，请先建好文件夹', 'its folder does not exist');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw outError(path, '没有写入权限，请换一个位置', `permission denied: ${code}`);
    if (code === 'ENOSPC' || code === 'EDQUOT') throw outError(path, '磁盘空间不足，文件没有写完；请腾出空间后再试', `no space left on the disk: ${code}`);
    throw outError(path, `无法写入（${code}）`, `cannot write: ${code}`);
  }
}
