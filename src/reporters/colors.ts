/** Minimal ANSI styling; every function is the identity when colour is off. */
export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

export function createColors(enabled: boolean): Colors {
  if (!enabled) {
    return { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, blue: plain, green: plain };
  }
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    underline: style(4, 24),
    red: style(31, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    green: style(32, 39),
  };
}
