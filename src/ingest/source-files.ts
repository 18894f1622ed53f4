// Finds the report files under the paths a user names and reads each one, within a size limit.

import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InvalidInput } from '../domain/errors.js';

export type SourceFormat = 'txt' | 'html' | 'jsonl';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
};

export interface SourceFile {
  path: string;
  format: SourceFormat;
  size: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Expands files and folders (recursively, in name order, hidden entries skipped) into the report
 * files to read. Files in folders with other extensions are passed over silently; a named file with
 * an unknown extension, or a path that does not exist, is an error in `errors` and the rest goes on.
 */
export async function listSourceFiles(
  paths: readonly string[],
): Promise<{ files: SourceFile[]; errors: InvalidInput[] }> {
  const files: SourceFile[] = [];
  const errors: InvalidInput[] = [];
  const visit = async (path: string, named: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (cause) {
      errors.push(
        new InvalidInput(`cannot read: ${describeFsError(cause)}`, { where: { file: path }, cause }),
      );
      return;
    }
    if (info.isDirectory()) {
      let entries: string[];
      try {
        entries = (await readdir(path)).sort();
      } catch (cause) {
        errors.push(
          new InvalidInput(`cannot list folder: ${describeFsError(cause)}`, { where: { file: path }, cause }),
        );
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) await visit(join(path, entry), false);
      return;
    }
    const format = FORMATS[extname(path).toLowerCase()];
    if (format) files.push({ path, format, size: info.size });
    else if (named) {
      errors.push(
        new InvalidInput(
          `unsupported file type "${extname(path) || '(none)'}": expected .txt, .html, .htm or .jsonl`,
          {
            where: { file: path },
          },
        ),
      );
    }
  };
  for (const path of paths) await visit(path, true);
  return { files, errors };
}

/** Reads a file's bytes; throws InvalidInput naming it when it is unreadable or over `maxBytes`. */
export async function readSourceFile(file: SourceFile, maxBytes: number): Promise<Uint8Array> {
  const where = { file: file.path };
  if (file.size > maxBytes) {
    throw new InvalidInput(
      `too large: ${formatBytes(file.size)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-size or CLAIMLOG_MAX_SIZE)`,
      {
        where,
      },
    );
  }
  try {
    const handle = await open(file.path, 'r');
    try {
      // Read at most one byte past the limit, so a file that grew since listing is still caught.
      const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(file.size, 0) + 1));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > maxBytes)
        throw new InvalidInput(`too large: over the limit of ${formatBytes(maxBytes)}`, { where });
      return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    if (cause instanceof InvalidInput) throw cause;
    throw new InvalidInput(`cannot read: ${describeFsError(cause)}`, { where, cause });
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describeFsError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (cause as Error).message;
}
