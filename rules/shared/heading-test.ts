/**
 * A test of a clause's heading, remembered for the heading last seen. The clause loop reads the
 * sentences of a block in order and they share one heading string, so the test runs once per
 * heading instead of once per sentence. Remembering only the last one is enough: on the 100-page
 * benchmark contract every block's heading string differs from the previous block's.
 */
export function headingTest(test: RegExp | ((heading: string) => boolean)): (heading: string) => boolean {
  const run = typeof test === 'function' ? test : (heading: string) => test.test(heading);
  let lastHeading: string | undefined;
  let lastResult = false;
  return (heading) => {
    if (heading !== lastHeading) {
      lastHeading = heading;
      lastResult = run(heading);
    }
    return lastResult;
  };
}
