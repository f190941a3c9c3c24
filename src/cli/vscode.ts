/**
 * `clauselint --init --vscode`: write .vscode/tasks.json with two tasks whose problem matchers
 * fill VS Code's Problems panel from clauselint's stylish output:
 *
 * - "clauselint: lint current file": `npx clauselint --no-color --no-hints ${file}`, matcher
 *   based on the built-in `$eslint-stylish` (absolute paths, which stylish prints) with its own
 *   owner and source, so it neither clobbers nor is clobbered by ESLint's markers.
 * - "clauselint: watch": `npx clauselint --watch …`, a background task; its begin and end
 *   patterns are the lines --watch prints around every round (watch.ts), so the panel is reset
 *   and refilled on each save. VS Code tasks cannot run on save themselves (runOn only knows
 *   "default" and "folderOpen"); see docs/vscode.md for the choices.
 *
 * The matchers are tested with VS Code's own problem-matcher code (test/vscode).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';
import { WATCH_BEGINS_PATTERN, WATCH_ENDS_PATTERN } from './watch.js';

export const LINT_FILE_TASK = 'clauselint: lint current file';
export const WATCH_TASK = 'clauselint: watch';

const matcherBase = {
  base: '$eslint-stylish',
  owner: 'clauselint',
  source: 'clauselint',
  fileLocation: 'absolute',
} as const;

export const VSCODE_TASKS = {
  version: '2.0.0',
  tasks: [
    {
      label: LINT_FILE_TASK,
      type: 'shell',
      command: 'npx clauselint --no-color --no-hints "${file}"',
      group: 'test',
      presentation: { reveal: 'silent', clear: true },
      problemMatcher: { ...matcherBase },
    },
    {
      label: WATCH_TASK,
      type: 'shell',
      command: 'npx clauselint --watch --no-color --no-hints "${workspaceFolder}"',
      isBackground: true,
      presentation: { reveal: 'never' },
      problemMatcher: {
        ...matcherBase,
        background: {
          activeOnStart: true,
          beginsPattern: WATCH_BEGINS_PATTERN,
          endsPattern: WATCH_ENDS_PATTERN,
        },
      },
    },
  ],
};

export const VSCODE_TASKS_PATH = path.join('.vscode', 'tasks.json');

/** Writes .vscode/tasks.json into `cwd` and returns what to print. Refuses to overwrite. */
export async function writeVscodeTasks(cwd: string): Promise<string> {
  const file = path.join(cwd, VSCODE_TASKS_PATH);
  const text = `${JSON.stringify(VSCODE_TASKS, null, 2)}\n`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": never overwrite a tasks.json the user already has.
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(
        `${VSCODE_TASKS_PATH} already exists; --init --vscode does not overwrite it. Add the tasks by hand (see docs/vscode.md):\n${text.trimEnd()}`,
      );
    }
    throw new UsageError(`cannot write ${VSCODE_TASKS_PATH}: ${(error as Error).message}`);
  }
  return [
    `Wrote ${VSCODE_TASKS_PATH}:`,
    '',
    text.trimEnd(),
    '',
    `Run "${LINT_FILE_TASK}" (Terminal > Run Task) on an open contract, or start "${WATCH_TASK}"`,
    'to re-lint on every save. The Problems panel shows the findings (source: clauselint).',
    '',
  ].join('\n');
}
