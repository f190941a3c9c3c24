/**
 * `clauselint --watch` as a user runs it: the built CLI in a temp folder of Markdown, DOCX and
 * PDF contracts, edited in place and replaced by rename (as many editors save). Rounds are read
 * from stdout between the begin and end lines, each with a bounded wait; nothing asserts speed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { appendFile, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WATCH_BEGIN_LINE } from '../../src/cli/watch.js';
import { assertBuilt, BIN, makeProject, removeProjects, REPO } from './helpers.js';

const ROUND_TIMEOUT_MS = 45_000;
const RECOMMENDED = JSON.stringify({ extends: ['clauselint:recommended'] });

interface Round {
  text: string;
  problems: number;
  /** File path → number of finding lines in its stylish group. */
  files: Map<string, number>;
}

function parseRound(text: string): Round {
  const problems = Number(/^clauselint: lint finished: (\d+) problems?$/m.exec(text)![1]);
  const files = new Map<string, number>();
  let current: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) files.set((current = line), 0);
    else if (current && /^\s+\d+:\d+\s+(error|warning|info)\s/.test(line)) files.set(current, files.get(current)! + 1);
    else current = undefined;
  }
  return { text, problems, files };
}

class Watcher {
  private stdout = '';
  private consumed = 0;
  private waiters: Array<() => void> = [];
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;

  constructor(cwd: string, args: string[]) {
    this.child = spawn(process.execPath, [BIN, '--watch', '--no-color', ...args], { cwd });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.stdout += chunk;
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += `[stderr] ${chunk}`));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** The next complete round not read yet, or undefined when none arrives in time. */
  private async nextRound(deadline: number): Promise<Round | undefined> {
    for (;;) {
      const rest = this.stdout.slice(this.consumed);
      const match = /^clauselint: lint started\n([\s\S]*?)^clauselint: lint finished: \d+ problems?\n/m.exec(rest);
      if (match) {
        this.consumed += match.index + match[0].length;
        return parseRound(match[0]);
      }
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Reads rounds until one satisfies `accept` (an edit may take more than one round to settle). */
  async roundWhere(accept: (round: Round) => boolean, what: string): Promise<Round> {
    const deadline = Date.now() + ROUND_TIMEOUT_MS;
    let last: Round | undefined;
    for (;;) {
      const round = await this.nextRound(deadline);
      if (!round) throw new Error(`no round where ${what} within ${ROUND_TIMEOUT_MS / 1000} s; last round:\n${last?.text ?? '(none)'}\nall output:\n${this.stdout}`);
      if (accept(round)) return round;
      last = round;
    }
  }

  output(): string {
    return this.stdout;
  }
}

let dir: string;
let watcher: Watcher | undefined;
const file = (name: string) => path.join(dir, name);

beforeAll(assertBuilt);
afterEach(() => {
  if (watcher && watcher.child.exitCode === null) watcher.child.kill('SIGKILL');
  watcher = undefined;
});
afterAll(removeProjects);

describe('clauselint --watch', { timeout: 240_000 }, () => {
  it('lints, then re-lints each changed Markdown, DOCX and PDF file (written or renamed over), printing every file each round; Ctrl-C exits 0', async () => {
    dir = await makeProject(null, {
      'clauselint.config.json': RECOMMENDED,
      'contracts/a.md': await readFile(path.join(REPO, 'fixtures/examples/city-mobility-data-partnership.md')),
      'contracts/b.docx': await readFile(path.join(REPO, 'fixtures/parsers/docx/numbered-clauses.docx')),
      'contracts/c.pdf': await readFile(path.join(REPO, 'fixtures/parsers/pdf/mobility-agreement.pdf')),
    });
    const md = file('contracts/a.md');
    const docx = file('contracts/b.docx');
    const pdf = file('contracts/c.pdf');
    watcher = new Watcher(dir, ['contracts']);

    const first = await watcher.roundWhere(() => true, 'the first round ends');
    expect([...first.files.keys()].sort()).toEqual([md, docx, pdf]);
    expect(first.text.startsWith(`${WATCH_BEGIN_LINE}\n`)).toBe(true);
    const sum = (round: Round) => [...round.files.values()].reduce((a, b) => a + b, 0);
    expect(sum(first)).toBe(first.problems);
    const mdBefore = first.files.get(md)!;

    // 1. Markdown written in place: one more placeholder finding; the other files still listed.
    await appendFile(md, '\nThe Supplier shall notify the Authority within [●] days.\n');
    const appended = await watcher.roundWhere((round) => round.files.get(md) === mdBefore + 1, 'a.md has one more finding');
    expect(appended.files.get(docx)).toBe(first.files.get(docx));
    expect(appended.files.get(pdf)).toBe(first.files.get(pdf));
    expect(appended.problems).toBe(first.problems + 1);

    // 2. Markdown saved by rename (write a temp file, rename it over the contract).
    const original = await readFile(path.join(REPO, 'fixtures/examples/city-mobility-data-partnership.md'));
    await writeFile(file('contracts/.a.md.swp'), original);
    await rename(file('contracts/.a.md.swp'), md);
    const renamed = await watcher.roundWhere((round) => round.files.get(md) === mdBefore, 'a.md is back to its findings');
    expect(renamed.problems).toBe(first.problems);

    // 3. DOCX replaced by rename with another contract.
    await copyFile(path.join(REPO, 'fixtures/parsers/docx/tables-notes.docx'), file('contracts/b.docx.tmp'));
    await rename(file('contracts/b.docx.tmp'), docx);
    const docxChanged = await watcher.roundWhere((round) => round.files.get(docx) !== first.files.get(docx), 'b.docx has other findings');
    expect(docxChanged.files.get(md)).toBe(mdBefore);

    // 4. PDF overwritten in place with another PDF.
    const pdfBefore = docxChanged.files.get(pdf);
    await copyFile(path.join(REPO, 'fixtures/parsers/pdf/layout.pdf'), pdf);
    const pdfChanged = await watcher.roundWhere((round) => round.files.get(pdf) !== pdfBefore, 'c.pdf has other findings');
    expect(pdfChanged.text).not.toContain('parse-error');

    // 5. A contract in a new folder is picked up.
    const added = file('contracts/new/d.md');
    await mkdir(path.dirname(added));
    await writeFile(added, await readFile(md));
    await watcher.roundWhere((round) => round.files.get(added) === mdBefore, 'new/d.md is linted');

    // 6. A deleted file leaves the report.
    await rm(docx);
    const deleted = await watcher.roundWhere((round) => !round.files.has(docx), 'b.docx is gone');
    expect(deleted.files.has(md)).toBe(true);

    // Ctrl-C ends the watch cleanly.
    watcher.child.kill('SIGINT');
    expect(await watcher.exited).toBe(0);
  });

  it('re-lints everything when the config changes', async () => {
    dir = await makeProject(null, {
      'clauselint.config.json': RECOMMENDED,
      'a.md': await readFile(path.join(REPO, 'fixtures/examples/city-mobility-data-partnership.md')),
    });
    watcher = new Watcher(dir, ['.']);
    const first = await watcher.roundWhere(() => true, 'the first round ends');
    expect(first.text).toContain('placeholder-text');
    await writeFile(file('clauselint.config.json'), JSON.stringify({ extends: ['clauselint:recommended'], rules: { 'placeholder-text': 'off' } }));
    const after = await watcher.roundWhere((round) => !round.text.includes('placeholder-text'), 'placeholder-text is off');
    expect(after.problems).toBeLessThan(first.problems);
    watcher.child.kill('SIGINT');
    expect(await watcher.exited).toBe(0);
  });

  it('--watch with another format is a usage error', async () => {
    dir = await makeProject(null, { 'a.md': '# A\n' });
    watcher = new Watcher(dir, ['-f', 'json', '.']);
    expect(await watcher.exited).toBe(2);
    expect(watcher.output()).toContain('--watch prints the stylish report on every round');
  });
});
