import path from 'node:path';

/** A path as findings show it: relative to the working directory, with `/` separators. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file) || path.basename(file);
  return relative.split(path.sep).join('/');
}
