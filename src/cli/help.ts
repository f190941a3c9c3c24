import { SUPPORTED_EXTENSIONS, UNREADABLE_DOCUMENT_EXTENSIONS } from '../io/extensions.js';

export function helpText(version: string): string {
  return `clauselint ${version}: lint public-private partnership contracts for the data and
human-rights safeguards they should contain.

Usage:
  clauselint [options] [file | folder | glob ...]
  clauselint [options] --stdin [--stdin-filename contract.md] < contract.md

What is linted:
  Files named on the command line, whatever their extension.
  Folders and quoted globs: ${SUPPORTED_EXTENSIONS.join(' ')} files, plus
  ${UNREADABLE_DOCUMENT_EXTENSIONS.join(' ')} which are reported as unsupported.
  node_modules, .git, hidden files and folders and the patterns in .clauselintignore
  (gitignore syntax) are skipped. With no argument, the current folder.

Output:
  -f, --format <name|path>  stylish (default), json, sarif, compact, unix, junit,
                            checkstyle, github (workflow annotations; with
                            $GITHUB_STEP_SUMMARY set, also the job summary), or a
                            formatter module (./my-format.js)
  -o, --output-file <path>  write the report to a file (folders are created)
                            Several reports from one run: repeat -f, each followed by its
                            own -o; the one -f without -o writes to standard output:
                              -f stylish -f sarif -o reports/clauselint.sarif
  --quiet                   report errors only
  --max-warnings <n>        exit 1 when there are more than n warnings
  --color, --no-color       force or turn off colour (NO_COLOR and FORCE_COLOR also work)
  --no-hints                leave out the "How to fix" section of the stylish report

Configuration:
  -c, --config <path>       use this config file instead of searching for one
  --rule <id:setting>       set a rule, repeatable; the setting after the first colon is a
                            severity (off, info, warn, error) or JSON:
                              --rule data-access-list:warn
                              --rule 'data-access-list:["error", {"option": 1}]'
  --print-config <file>     print the resolved config for <file> as JSON
  --init                    write a starter clauselint.config.json here
  --init --vscode           write .vscode/tasks.json: a "lint current file" task and a
                            background watch task, with Problems-panel matchers

Files:
  --ignore-path <file>      ignore file to read instead of .clauselintignore
  --no-ignore               lint ignored files too (ignore file and config "ignores")
  --stdin                   lint one document read from standard input
  --stdin-filename <name>   file name for --stdin; its extension picks the format
                            (default stdin.docx or stdin.pdf by content, else stdin.md)
  --max-file-size <size>    skip larger files with an error, e.g. 20mb (default 50mb)
  --watch                   lint, then lint again whenever a file changes, printing all
                            findings between "clauselint: lint started" and
                            "clauselint: lint finished: N problems"; Ctrl-C stops

Information:
  --explain <rule>          what a rule checks, why, its sources and examples
  -h, --help                this help
  -v, --version             the version

Exit codes:
  0  no errors (warnings allowed)
  1  errors, or more warnings than --max-warnings
  2  bad usage or config, no files matched, or a file that could not be read or parsed

Examples:
  clauselint contracts/
  clauselint "contracts/**/*.md" --format json -o reports/clauselint.json
  clauselint contracts -f stylish -f sarif -o reports/clauselint.sarif
  clauselint --quiet --rule data-access-list:off contract.docx
  clauselint --explain data-access-list
  cat contract.md | clauselint --stdin --stdin-filename contract.md
`;
}
