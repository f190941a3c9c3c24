import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, DiscoveryError } from '../../src/io/discover.js';
import { loadIgnoreFile } from '../../src/io/ignore-file.js';

let root: string;
let cwd: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'clauselint-discover-'));
  cwd = path.join(root, 'project');
  const files = ['a.md', 'b.PDF', 'c.docx', 'd.doc', 'e.png', 'sub/f.md', 'sub/g.wpd', 'node_modules/x.md', '.git/y.md', '.hidden/z.md', 'skip/s.md', '[draft] h.md'];
  for (const file of files) {
    await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
    await writeFile(path.join(cwd, file), '# x\n');
  }
  await writeFile(path.join(cwd, '.clauselintignore'), 'skip/\n');
  await writeFile(path.join(root, 'outside.md'), '# x\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

const relative = (files: { filePath: string }[]) => files.map((file) => path.relative(cwd, file.filePath));

describe('discoverFiles', () => {
  it('walks a folder for document files, skipping node_modules, .git, hidden entries and ignored paths', async () => {
    const isIgnored = await loadIgnoreFile({ cwd });
    const files = await discoverFiles({ cwd, patterns: ['.'], isIgnored });
    expect(relative(files)).toEqual(['[draft] h.md', 'a.md', 'b.PDF', 'c.docx', 'd.doc', 'sub/f.md', 'sub/g.wpd']);
    expect(files.every((file) => !file.explicit && path.isAbsolute(file.filePath))).toBe(true);
  });

  it('marks explicit files, keeps them whatever the extension, and dedupes with walks', async () => {
    const isIgnored = await loadIgnoreFile({ cwd });
    const files = await discoverFiles({ cwd, patterns: ['sub', 'e.png', 'sub/f.md', 'skip/s.md', '../outside.md', '[draft] h.md'], isIgnored });
    expect(files.map((file) => [path.relative(cwd, file.filePath), file.explicit, file.ignoredByIgnoreFile])).toEqual([
      ['../outside.md', true, false],
      ['[draft] h.md', true, false],
      ['e.png', true, false],
      ['skip/s.md', true, true],
      ['sub/f.md', true, false],
      ['sub/g.wpd', false, false],
    ]);
  });

  it('expands globs to document files only', async () => {
    expect(relative(await discoverFiles({ cwd, patterns: ['**/*'] }))).toEqual([
      '[draft] h.md',
      'a.md',
      'b.PDF',
      'c.docx',
      'd.doc',
      'skip/s.md',
      'sub/f.md',
      'sub/g.wpd',
    ]);
  });

  it('throws ESLint\'s message for a pattern that matches nothing', async () => {
    await expect(discoverFiles({ cwd, patterns: ['nope/*.md'] })).rejects.toThrow(
      new DiscoveryError('No files matching the pattern "nope/*.md" were found.'),
    );
    const isIgnored = await loadIgnoreFile({ cwd });
    await expect(discoverFiles({ cwd, patterns: ['skip'], isIgnored })).rejects.toThrow('All files matched by "skip" are ignored.');
  });
});
