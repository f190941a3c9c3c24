/** Glob matching for `overrides`, relative to the config file's folder. */
import picomatch from 'picomatch';
import { isAbsolute, relative, sep } from 'node:path';

export type PathMatcher = (relativePath: string) => boolean;

/**
 * Like ESLint's overrides: a pattern without "/" matches the base name at any depth ("*.md"),
 * one with "/" matches the path from the config's folder. Dotfiles match.
 * (picomatch's own `basename` option also rewrites slashed patterns, so it is not used.)
 */
export function globMatcher(patterns: string | string[]): PathMatcher {
  const matchers = (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) => {
    const cleaned = pattern.replace(/^\.\//, '').replace(/^\//, '');
    const match = picomatch(cleaned, { dot: true });
    return cleaned.includes('/') ? match : (path: string) => match(path.slice(path.lastIndexOf('/') + 1));
  });
  return (path) => matchers.some((match) => match(path));
}

/** `file` relative to `dir` with "/" separators, or undefined when it lies outside `dir`. */
export function relativeInside(dir: string, file: string): string | undefined {
  const path = relative(dir, file);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return sep === '/' ? path : path.split(sep).join('/');
}
