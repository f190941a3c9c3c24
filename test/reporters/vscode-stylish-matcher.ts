/**
 * A port of how VS Code runs the built-in `$eslint-stylish` problem matcher over task output
 * (problemCollectors.ts AbstractProblemCollector.tryFindMarker/tryMatchers and
 * problemMatcher.ts MultiLineMatcher), so tests can check our stylish output offline.
 *
 * The two regexes are copied literally from /work/shared/docs/conventions.md §1.1
 * (microsoft/vscode problemMatcher.ts, commit dbc8a32e5aa996c4ebbc7f42e464ce9fcd7bd276).
 */
const FILE_PATTERN = /^((?:[a-zA-Z]:)*[./\\]+.*?)$/;
const PROBLEM_PATTERN = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;

export interface Marker {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string | undefined;
}

function problemFrom(file: string, match: RegExpExecArray): Marker {
  return {
    file,
    line: Number(match[1]),
    column: Number(match[2]),
    severity: match[3]!,
    message: match[4]!,
    code: match[5],
  };
}

/** Feeds `output` line by line through the two-line looping matcher, as VS Code does. */
export function collectMarkers(output: string): Marker[] {
  const markers: Marker[] = [];
  const bufferLength = 2; // the matcher's two patterns
  let buffer: string[] = [];
  let activeFile: string | null = null;

  for (const line of output.split(/\r?\n/)) {
    if (activeFile !== null) {
      // MultiLineMatcher.next: only the looping last pattern, with the file kept from line 1.
      const match = PROBLEM_PATTERN.exec(line);
      if (match) {
        markers.push(problemFrom(activeFile, match));
        continue;
      }
      buffer = [];
      activeFile = null;
    }
    buffer.push(line);
    if (buffer.length > bufferLength) buffer.shift();
    // tryMatchers: a two-line match needs the file line then a problem line.
    if (buffer.length === bufferLength) {
      const fileMatch = FILE_PATTERN.exec(buffer[0]!);
      const problemMatch = fileMatch && PROBLEM_PATTERN.exec(buffer[1]!);
      if (fileMatch && problemMatch) {
        activeFile = fileMatch[1]!;
        markers.push(problemFrom(activeFile, problemMatch));
        buffer = [];
      }
    }
  }
  return markers;
}

/** True when either regex accepts the line (for lines that must never be taken as findings). */
export const matcherAccepts = (line: string): boolean => FILE_PATTERN.test(line) || PROBLEM_PATTERN.test(line);
