import { open, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** What `fs.promises.writeFile` takes: a string, bytes, or chunks from an (async) iterable or a stream. */
export type FileContents = Parameters<typeof writeFile>[1];

/**
 * Replaces `file` with `contents` so that a reader, or the next run, sees either the old file
 * or the new one, whole, and never a half-written mix: the contents go to a temporary file in
 * the same folder (a rename is atomic only within one file system), are flushed to the disk,
 * and the temporary file is then renamed over `file`. If anything fails, the temporary file is
 * removed and `file` is left byte for byte as it was. A process killed midway (SIGKILL, power
 * loss) can leave a stray `.<name>.<random>.tmp` beside it, but never a damaged `file`.
 *
 * @example
 * await writeFileAtomically('data/blinken-beijing-talks-2023.geojson', JSON.stringify(dataset));
 */
export async function writeFileAtomically(file: string, contents: FileContents): Promise<void> {
  const folder = path.dirname(file);
  const temporary = path.join(
    folder,
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      await writeFile(handle, contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable; some platforms cannot open a folder, and then it is skipped. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (handle === undefined) return;
  try {
    await handle.sync();
  } catch {
    // Windows and some network file systems refuse to sync a folder; the rename stands anyway.
  } finally {
    await handle.close();
  }
}
