/** From a LintResult to what the scoring reads. Pure. */
import type { LintResult } from '../../src/engine/diagnostic.js';
import type { RunOutcome } from './score.js';

/** Read a lint result as the scoring wants it. */
export function outcomeOf(result: LintResult): RunOutcome {
  const fatal = result.messages.filter((message) => message.fatal);
  const unsupported = fatal.find((message) => message.messageId === 'unsupported-format');
  if (unsupported) return { status: 'unsupported', reason: unsupported.message };
  if (fatal.length > 0) {
    return {
      status: 'error',
      reason: fatal.map((message) => `${message.ruleId}/${message.messageId}: ${message.message}`).join('; '),
    };
  }
  return {
    status: 'linted',
    findings: result.messages.map((message) => ({
      ruleId: message.ruleId,
      messageId: message.messageId,
      message: message.message,
      ...(message.evidence ? { evidence: message.evidence } : {}),
      where: message.anchor.label,
    })),
  };
}

