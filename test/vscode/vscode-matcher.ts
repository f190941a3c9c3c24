/**
 * VS Code's REAL problem-matcher code (the compiled problemMatcher.js shipped in
 * @codingame/monaco-vscode-api@37.6.1, see /work/shared/docs/conventions.md §1.6), plus a port
 * of how the task system feeds terminal lines to it (problemCollectors.ts
 * AbstractProblemCollector.tryFindMarker / tryMatchers).
 */
import { ValidationStatus } from '@codingame/monaco-vscode-api/vscode/vs/base/common/parsers';
import {
  createLineMatcher,
  ProblemMatcherParser,
  ProblemMatcherRegistry,
  type IProblemMatch as ProblemMatch,
  type ProblemMatcher,
} from '@codingame/monaco-vscode-api/vscode/vs/workbench/contrib/tasks/common/problemMatcher';

export interface ParsedMatcher {
  matcher: ProblemMatcher | undefined;
  /** Messages VS Code's parser reported (warnings and errors). */
  problems: string[];
}

/** Parses a tasks.json `problemMatcher` value (a "$name" or an object) as VS Code does. */
export function parseMatcher(json: unknown): ParsedMatcher {
  if (typeof json === 'string' && json.startsWith('$')) {
    return { matcher: ProblemMatcherRegistry.get(json.slice(1)), problems: [] };
  }
  const problems: string[] = [];
  const reporter = {
    info: () => undefined,
    warn: (message: string) => problems.push(`warning: ${message}`),
    error: (message: string) => problems.push(`error: ${message}`),
    fatal: (message: string) => problems.push(`fatal: ${message}`),
    status: new ValidationStatus(),
  };
  const matcher = new ProblemMatcherParser(reporter as never).parse(json as never);
  return { matcher, problems };
}

export interface CollectedMarker {
  uri: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** VS Code MarkerSeverity: 8 error, 4 warning, 2 info. */
  severity: number;
  message: string;
  code: string | undefined;
  source: string | undefined;
  owner: string;
}

async function toMarker(match: ProblemMatch): Promise<CollectedMarker> {
  const uri = await match.resource;
  return {
    uri: uri.toString(),
    line: match.marker.startLineNumber,
    column: match.marker.startColumn,
    endLine: match.marker.endLineNumber,
    endColumn: match.marker.endColumn,
    severity: match.marker.severity,
    message: match.marker.message,
    code: typeof match.marker.code === 'string' ? match.marker.code : undefined,
    source: match.marker.source,
    owner: match.description.owner,
  };
}

/** Feeds `output` line by line to the matcher as VS Code's problem collector does. */
export async function collect(matcher: ProblemMatcher, output: string): Promise<CollectedMarker[]> {
  const lineMatcher = createLineMatcher(matcher);
  const length = lineMatcher.matchLength;
  const markers: CollectedMarker[] = [];
  let buffer: string[] = [];
  let active: typeof lineMatcher | null = null;
  for (const line of output.split(/\r?\n/)) {
    if (active) {
      const match = active.next(line);
      if (match) {
        markers.push(await toMarker(match));
        continue;
      }
      buffer = [];
      active = null;
    }
    buffer.push(line);
    if (buffer.length > length) buffer.shift();
    if (buffer.length === length) {
      const result = lineMatcher.handle(buffer, 0);
      if (result.match) {
        markers.push(await toMarker(result.match));
        if (result.continue) active = lineMatcher;
        buffer = [];
      }
    }
  }
  return markers;
}
