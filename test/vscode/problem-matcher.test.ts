/**
 * clauselint's REAL stylish output (the built CLI over Markdown, DOCX and PDF fixtures) through
 * VS Code's REAL problem-matcher code, with the matchers `clauselint --init --vscode` writes.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VSCODE_TASKS, WATCH_TASK, LINT_FILE_TASK } from '../../src/cli/vscode.js';
import { WATCH_BEGIN_LINE, watchEndLine } from '../../src/cli/watch.js';
import type { LintResult } from '../../src/index.js';
import { assertBuilt, BIN, makeProject, removeProjects, REPO, runCli } from '../cli/helpers.js';
import { collect, parseMatcher, type CollectedMarker } from './vscode-matcher.js';

const FIXTURES = {
  'contracts/mobility.md': 'fixtures/examples/city-mobility-data-partnership.md',
  'contracts/numbered.docx': 'fixtures/parsers/docx/numbered-clauses.docx',
  'contracts/agreement.pdf': 'fixtures/parsers/pdf/mobility-agreement.pdf',
};

const task = (label: string) => VSCODE_TASKS.tasks.find((item) => item.label === label)!;

let dir: string;
let stylishOutput: string;
/** The JSON report (ESLint-shaped: line and column on the message). */
type JsonResult = Omit<LintResult, 'messages'> & {
  messages: Array<Pick<LintResult['messages'][number], 'ruleId' | 'severity' | 'message' | 'anchor'> & { line: number; column: number }>;
};
let results: JsonResult[];

beforeAll(async () => {
  assertBuilt();
  const files: Record<string, Uint8Array> = {};
  for (const [to, from] of Object.entries(FIXTURES)) files[to] = new Uint8Array(await readFile(path.join(REPO, from)));
  dir = await makeProject(null, files);
  // What the "lint current file" task runs, minus npx: --no-color --no-hints <file(s)>.
  const run = await runCli(['--no-color', '--no-hints', 'contracts'], { cwd: dir });
  expect(run.code).toBe(1);
  stylishOutput = run.stdout;
  results = JSON.parse((await runCli(['--format', 'json', 'contracts'], { cwd: dir })).stdout) as JsonResult[];
}, 60_000);
afterAll(removeProjects);

/** What each finding should become in VS Code, from the JSON report of the same run. */
function expectedMarkers(): Array<Pick<CollectedMarker, 'uri' | 'line' | 'column' | 'severity' | 'code'>> {
  return results.flatMap((result) =>
    result.messages.map((message) => {
      const position =
        result.format === 'docx'
          ? { line: message.anchor.paragraph ?? message.line, column: 1 }
          : result.format === 'pdf'
            ? { line: 1, column: 1 }
            : { line: message.line, column: message.column };
      return {
        uri: pathToFileURL(result.filePath).href,
        ...position,
        severity: { error: 8, warning: 4, info: 2 }[message.severity],
        code: message.ruleId,
      };
    }),
  );
}

describe('the tasks.json problem matchers, parsed by VS Code', () => {
  it('parse without a problem, keep the $eslint-stylish patterns and use their own owner and source', () => {
    for (const label of [LINT_FILE_TASK, WATCH_TASK]) {
      const { matcher, problems } = parseMatcher(task(label).problemMatcher);
      expect(problems).toEqual([]);
      expect(matcher).toBeDefined();
      expect(matcher!.owner).toBe('clauselint');
      expect(matcher!.source).toBe('clauselint');
      expect(Array.isArray(matcher!.pattern) && matcher!.pattern.length).toBe(2);
    }
    expect(task(LINT_FILE_TASK).command).toBe('npx clauselint --no-color --no-hints "${file}"');
    expect(task(WATCH_TASK).command).toBe('npx clauselint --watch --no-color --no-hints "${workspaceFolder}"');
    expect(task(WATCH_TASK).isBackground).toBe(true);
  });

  it('a typo in a matcher is caught by the parser (the test would fail on one)', () => {
    const broken = parseMatcher({ base: '$eslint-stylish', owner: 'clauselint', background: { beginsPattern: '^x' } });
    expect(broken.problems.join('\n')).toMatch(/begin pattern and an end pattern/);
    const unknownBase = parseMatcher({ base: '$eslint-stylsh', owner: 'clauselint' });
    expect(unknownBase.problems.length + (unknownBase.matcher ? 0 : 1)).toBeGreaterThan(0);
  });
});

describe('real stylish output through VS Code matchers', () => {
  it('the "lint current file" matcher gives one marker per finding: file, line, column, severity, code', async () => {
    const { matcher } = parseMatcher(task(LINT_FILE_TASK).problemMatcher);
    const markers = await collect(matcher!, stylishOutput);
    expect(results.map((result) => result.format).sort()).toEqual(['docx', 'markdown', 'pdf']);
    expect(markers.map(({ uri, line, column, severity, code }) => ({ uri, line, column, severity, code }))).toEqual(expectedMarkers());
    for (const marker of markers) {
      expect(marker.owner).toBe('clauselint');
      expect(marker.source).toBe('clauselint');
    }
    // DOCX and PDF markers carry the anchor a lawyer can find.
    expect(markers.find((marker) => marker.uri.endsWith('.docx'))!.message).toMatch(/^¶ \d+/);
    expect(markers.find((marker) => marker.uri.endsWith('.pdf'))!.message).toMatch(/^p\. \d+, l\. \d+/);
    // Messages are whole (no part of one taken as the code).
    const mdMessages = results.find((result) => result.format === 'markdown')!.messages.map((message) => message.message.replace(/\s+/g, ' '));
    expect(markers.filter((marker) => marker.uri.endsWith('.md')).map((marker) => marker.message)).toEqual(mdMessages);
  });

  it('VS Code\'s built-in $eslint-stylish reads the same markers', async () => {
    const { matcher } = parseMatcher('$eslint-stylish');
    const markers = await collect(matcher!, stylishOutput);
    expect(markers.map(({ uri, line, column, severity, code }) => ({ uri, line, column, severity, code }))).toEqual(expectedMarkers());
    expect(markers[0]!.owner).toBe('eslint');
  });
});

describe('the watch task: background patterns on real --watch output', () => {
  it('begin and end patterns match the lines --watch prints around a round, and the markers in between', async () => {
    const { matcher } = parseMatcher(task(WATCH_TASK).problemMatcher);
    const watching = matcher!.watching!;
    expect(watching.activeOnStart).toBe(true);
    for (const problems of [0, 1, 37]) expect(watching.endsPattern.regexp.test(watchEndLine(problems))).toBe(true);
    expect(watching.beginsPattern.regexp.test(WATCH_BEGIN_LINE)).toBe(true);

    const round = await firstWatchRound(dir);
    const lines = round.split('\n');
    expect(lines.filter((line) => watching.beginsPattern.regexp.test(line))).toEqual([WATCH_BEGIN_LINE]);
    const ends = lines.filter((line) => watching.endsPattern.regexp.test(line));
    expect(ends).toEqual([watchEndLine(expectedMarkers().length)]);
    // No other line of the output is taken for a begin or an end.
    expect(lines.filter((line) => watching.beginsPattern.regexp.test(line) || watching.endsPattern.regexp.test(line))).toHaveLength(2);
    const markers = await collect(matcher!, round);
    expect(markers.map(({ uri, line, column, severity, code }) => ({ uri, line, column, severity, code }))).toEqual(expectedMarkers());
  }, 60_000);
});

/** Runs `clauselint --watch --no-color --no-hints <dir>` until its first round ends, then Ctrl-C. */
function firstWatchRound(cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--watch', '--no-color', '--no-hints', cwd], { cwd });
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no round within 45 s:\n${stdout}`));
    }, 45_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (/^clauselint: lint finished: .*$/m.test(stdout)) child.kill('SIGINT');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`--watch exited ${code}:\n${stdout}`));
    });
  });
}
