import { describe, expect, it } from 'vitest';
import { parseCliArgs, parseRuleFlags } from '../../src/cli/args.js';
import { useColor } from '../../src/cli/color.js';
import { UsageError } from '../../src/cli/errors.js';
import { parseSize } from '../../src/cli/size.js';
import { closest as closestMatch } from '../../src/config/suggest.js';

describe('parseCliArgs', () => {
  it('has ESLint-like defaults', () => {
    expect(parseCliArgs(['contracts'])).toEqual({
      patterns: ['contracts'],
      format: 'stylish',
      outputs: [{ format: 'stylish' }],
      rules: {},
      quiet: false,
      maxWarnings: -1,
      hints: true,
      ignore: true,
      init: false,
      vscode: false,
      watch: false,
      stdin: false,
      version: false,
      help: false,
    });
  });

  it('reads every flag', () => {
    const options = parseCliArgs([
      '-f', 'json', '-o', 'out/r.json', '-c', 'cfg.json', '--quiet', '--max-warnings', '3', '--no-color',
      '--no-hints', '--ignore-path', '.other', '--no-ignore', '--max-file-size', '2mb', 'a.md', 'b/',
    ]);
    expect(options).toMatchObject({
      patterns: ['a.md', 'b/'],
      format: 'json',
      outputFile: 'out/r.json',
      config: 'cfg.json',
      quiet: true,
      maxWarnings: 3,
      color: false,
      hints: false,
      ignorePath: '.other',
      ignore: false,
      maxFileBytes: 2 * 1024 * 1024,
    });
  });

  it('takes the last of --color and --no-color', () => {
    expect(parseCliArgs(['--no-color', '--color']).color).toBe(true);
    expect(parseCliArgs(['--color', '--no-color']).color).toBe(false);
    expect(parseCliArgs([]).color).toBeUndefined();
  });

  it.each([
    [['--formt', 'json'], 'unknown option --formt; did you mean --format?'],
    [['--format'], '--format needs a value'],
    [['-f'], '--format needs a value'],
    [['--max-warnings=-5'], '--max-warnings expects a whole number'],
    [['--max-warnings', '2.5'], '--max-warnings expects a whole number'],
    [['--stdin', 'a.md'], '--stdin reads one document from standard input'],
    [['--stdin-filename', 'a.md'], '--stdin-filename only applies with --stdin'],
    [['-o', ''], '--output-file needs a value'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('--rule', () => {
  it('takes a bare severity or JSON after the first colon; the last setting wins', () => {
    expect(
      parseRuleFlags([
        'data-access-list:off',
        'plugin/rule: ["error", {"max": 3}]',
        'transparency:2',
        'data-access-list:warn',
      ]),
    ).toEqual({ 'data-access-list': 'warn', 'plugin/rule': ['error', { max: 3 }], transparency: 2 });
  });

  it.each(['data-access-list', ':error', 'data-access-list:', 'x:[error]'])('rejects %j', (flag) => {
    expect(() => parseRuleFlags([flag])).toThrow(UsageError);
  });
});

describe('useColor', () => {
  const tty = { env: {}, interactive: true };
  it.each([
    [{ ...tty }, true],
    [{ env: {}, interactive: false }, false],
    [{ ...tty, env: { TERM: 'dumb' } }, false],
    [{ ...tty, env: { NO_COLOR: '1' } }, false],
    [{ ...tty, env: { NO_COLOR: '' } }, true],
    [{ env: { FORCE_COLOR: '1' }, interactive: false }, true],
    [{ env: { FORCE_COLOR: '' }, interactive: false }, true],
    [{ ...tty, env: { FORCE_COLOR: '0' } }, false],
    [{ env: { FORCE_COLOR: '1', NO_COLOR: '1' }, interactive: false }, true],
    [{ ...tty, flag: false, env: { FORCE_COLOR: '1' } }, false],
    [{ env: { NO_COLOR: '1' }, interactive: false, flag: true }, true],
  ])('%j → %s', (inputs, expected) => {
    expect(useColor(inputs)).toBe(expected);
  });
});

describe('parseSize', () => {
  it.each([
    ['50mb', 50 * 1024 ** 2],
    ['512 KB', 512 * 1024],
    ['1.5g', 1.5 * 1024 ** 3],
    ['2000', 2000],
  ])('%s', (text, bytes) => expect(parseSize(text)).toBe(bytes));
  it.each(['', 'lots', '5 parsecs', '0', '-1mb'])('rejects %j', (text) => expect(() => parseSize(text)).toThrow(UsageError));
});

describe('closestMatch', () => {
  it('suggests a near miss and nothing for a far one', () => {
    expect(closestMatch('data-acess-list', ['data-access-list', 'transparency'])).toBe('data-access-list');
    expect(closestMatch('something-else', ['data-access-list', 'transparency'])).toBeUndefined();
  });
});
