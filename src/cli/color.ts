/**
 * Whether the report gets ANSI colours. Precedence: --color/--no-color, then FORCE_COLOR
 * (as Node and supports-color: it overrides NO_COLOR), then NO_COLOR (non-empty, per
 * no-color.org), then whether the output is an interactive terminal (not a file, pipe or CI
 * log) that is not TERM=dumb.
 */
export interface ColorInputs {
  flag?: boolean;
  env: Record<string, string | undefined>;
  /** The report goes to stdout (not --output-file) and stdout is a TTY. */
  interactive: boolean;
}

export function useColor({ flag, env, interactive }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return interactive && env.TERM !== 'dumb';
}
