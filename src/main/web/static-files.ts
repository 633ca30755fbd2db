import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { contentTypeOf } from './content-types.ts';

export type StaticLookup =
  | { found: true; path: string; size: number; contentType: string; isIndex: boolean }
  | { found: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps a URL path to a file inside `root`, and refuses anything that would leave it: `..` in any
 * spelling (encoded, backslashes), NUL bytes, dotfiles, and symbolic links pointing outside.
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { found: false, status: 400, reason: 'Bad request: the path is not valid URL encoding.' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return { found: false, status: 400, reason: 'Bad request: the path has characters no file here has.' };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) {
    return { found: false, status: 403, reason: 'Forbidden: the path leaves the app folder.' };
  }
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');

  const rootPath = await realpath(root).catch(() => undefined);
  if (!rootPath) return { found: false, status: 404, reason: 'Not found: the app has not been built.' };
  const candidate = resolve(rootPath, relativePath);
  const filePath = await realpath(candidate).catch(() => undefined);
  if (!filePath) return { found: false, status: 404, reason: 'Not found.' };
  if (!isInside(rootPath, filePath)) {
    return { found: false, status: 403, reason: 'Forbidden: the path leaves the app folder.' };
  }
  const details = await stat(filePath).catch(() => undefined);
  if (!details?.isFile()) return { found: false, status: 404, reason: 'Not found.' };
  return {
    found: true,
    path: filePath,
    size: details.size,
    contentType: contentTypeOf(filePath),
    isIndex: relativePath === 'index.html',
  };
}

function isInside(root: string, path: string): boolean {
  const difference = relative(root, path);
  return (
    difference !== '' && !difference.startsWith(`..${sep}`) && difference !== '..' && !isAbsolute(difference)
  );
}
