/** Module hooks (run on the loader thread) for probe.ts: append each loaded module's URL to a log. */
import { appendFileSync } from 'node:fs';
import type { InitializeHook, LoadHook } from 'node:module';

let logFile: string | undefined;

export const initialize: InitializeHook<{ logFile: string }> = (data) => {
  logFile = data.logFile;
};

export const load: LoadHook = (url, context, nextLoad) => {
  if (logFile) appendFileSync(logFile, `${url}\n`);
  return nextLoad(url, context);
};
