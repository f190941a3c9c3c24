/**
 * End a script: write its output, then exit with its code. Exiting explicitly keeps a report
 * script from hanging on anything the linter left running (a parser's worker, a timer).
 */
export async function finish(output: string, exitCode: number): Promise<never> {
  if (output) await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()));
  process.exit(exitCode);
}
