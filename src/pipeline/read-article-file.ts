import { open } from 'node:fs/promises';

/** Larger than any article; the geoparser's time grows with the text, so it is bounded here. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
}

// NUL never appears in text; many other control characters (not tab, newline or return) mean a binary file.
function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (
      code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0d &&
      code !== 0x0c &&
      code !== 0x0b
    )
      count += 1;
  }
  return count;
}

/**
 * Reads an article as UTF-8 text, refusing what cannot be one: a missing, empty, binary,
 * non-UTF-8 or oversized file gets an error that says which and what to do. A byte-order
 * mark is dropped, so that offsets count from the first character of the text.
 */
export async function readArticleFile(file: string): Promise<string> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new ArticleInputError(
      error.code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot be read (${error.code ?? error.message})`,
    );
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_ARTICLE_BYTES) {
      throw new ArticleInputError(
        `${file}: ${size} bytes is more than the ${MAX_ARTICLE_BYTES} an article may have`,
      );
    }
    const bytes = await handle.readFile();
    if (bytes.includes(0))
      throw new ArticleInputError(`${file}: a binary file, not text (it holds NUL bytes)`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ArticleInputError(
        `${file}: not UTF-8 text; convert it first (for example with iconv -t UTF-8)`,
      );
    }
    if (text.trim() === '')
      throw new ArticleInputError(`${file}: empty; there is no article to map`);
    const controls = countControlCharacters(text);
    if (controls > text.length / 100)
      throw new ArticleInputError(`${file}: looks binary (${controls} control characters)`);
    return text;
  } finally {
    await handle.close();
  }
}
