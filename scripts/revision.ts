/** Which code a report measured: the commit, and whether src/ or rules/ had uncommitted changes. */
import { execFileSync } from 'node:child_process';

export function describeRevision(repoRoot: string): string {
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'rules') !== '';
    return dirty ? `${commit} + uncommitted changes in src/ or rules/` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
