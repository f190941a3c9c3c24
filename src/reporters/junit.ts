/**
 * JUnit XML, in the shape of eslint-formatter-junit (read by GitLab `artifacts:reports:junit`,
 * Azure DevOps PublishTestResults, Jenkins junit, CircleCI store_test_results):
 *
 *   <?xml version="1.0" encoding="utf-8"?>
 *   <testsuites name="clauselint" tests="2" failures="1" errors="1">
 *   <testsuite package="clauselint" time="0" tests="1" failures="1" errors="0" name="/abs/contracts/mobility.md">
 *   <testcase time="0" name="clauselint.processing-limits" classname="/abs/contracts/mobility"><failure message="The purpose is left open." type="error"><![CDATA[line 12, col 3, Error - The purpose is left open. (processing-limits)
 *   Evidence: "for any purpose the Authority may direct"]]></failure></testcase>
 *   </testsuite>
 *   …
 *
 * One testsuite per file, one testcase per finding (a clean file is one passing testcase, as
 * ESLint). A finding is a `<failure>`; a file that could not be read or parsed is an `<error>`
 * (JUnit's "the test could not run"). The first CDATA line is ESLint's; evidence, sources and
 * the model clause follow on their own lines for whoever reads the report in a CI dashboard.
 */
import path from 'node:path';
import type { Diagnostic, LintResult } from '../engine/diagnostic.js';
import type { Reporter } from './types.js';
import { displayMessage, displayPosition, severityWord } from './positions.js';
import { XML_DECLARATION, cdata, xmlAttribute } from './xml.js';

export const junit: Reporter = (results) => {
  const suites = results.map(testsuite);
  const sum = (pick: (suite: Suite) => number): number => suites.reduce((total, suite) => total + pick(suite), 0);
  return [
    XML_DECLARATION,
    `<testsuites name="clauselint" tests="${sum((s) => s.tests)}" failures="${sum((s) => s.failures)}" errors="${sum((s) => s.errors)}">`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

interface Suite {
  tests: number;
  failures: number;
  errors: number;
  xml: string;
}

function testsuite(result: LintResult): Suite {
  const name = xmlAttribute(result.filePath);
  const classname = xmlAttribute(withoutExtension(result.filePath));
  if (result.messages.length === 0) {
    return {
      tests: 1,
      failures: 0,
      errors: 0,
      xml: [
        `<testsuite package="clauselint" time="0" tests="1" failures="0" errors="0" name="${name}">`,
        `<testcase time="0" name="${name}" classname="${classname}" />`,
        '</testsuite>',
      ].join('\n'),
    };
  }
  const errors = result.messages.filter((message) => message.fatal).length;
  const failures = result.messages.length - errors;
  return {
    tests: result.messages.length,
    failures,
    errors,
    xml: [
      `<testsuite package="clauselint" time="0" tests="${result.messages.length}" failures="${failures}" errors="${errors}" name="${name}">`,
      ...result.messages.map((message) => testcase(message, result.format, classname)),
      '</testsuite>',
    ].join('\n'),
  };
}

function testcase(message: Diagnostic, format: string | null, classname: string): string {
  const element = message.fatal ? 'error' : 'failure';
  const text = displayMessage(message, format);
  const { line, column } = displayPosition(message, format);
  const details = [`line ${line}, col ${column}, ${severityWord(message.severity)} - ${text} (${message.ruleId})`];
  if (message.evidence) details.push(`Evidence: "${message.evidence}"`);
  if (message.sources.length > 0) details.push(`Sources: ${message.sources.join('; ')}`);
  if (message.suggestion) details.push(`Model clause: ${message.suggestion}`);
  return (
    `<testcase time="0" name="${xmlAttribute(`clauselint.${message.ruleId}`)}" classname="${classname}">` +
    `<${element} message="${xmlAttribute(text)}" type="${message.severity}">${cdata(details.join('\n'))}</${element}>` +
    '</testcase>'
  );
}

/** ESLint's classname: the path without its extension. */
function withoutExtension(filePath: string): string {
  const extension = path.extname(filePath);
  return extension ? filePath.slice(0, -extension.length) : filePath;
}
