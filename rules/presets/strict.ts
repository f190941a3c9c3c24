/**
 * `clauselint:strict`: everything in recommended, plus the remaining safeguards as they are
 * written. It must stay a superset of recommended (test/config/presets.test.ts checks it).
 */
import type { ConfigObject } from '../../src/config/types.js';

const strict: ConfigObject = {
  // Strict starts from recommended so the two can never disagree on the core four safeguards.
  extends: ['clauselint:recommended'],
  rules: {
    // A reference that is clearly to this document and points nowhere is a defect, not a style point.
    'broken-cross-reference': 'error',
    // Every vague phrase inside a safeguard clause; noisy by nature, so strict only.
    'vague-language': 'warn',
    // S9: consultation rests on soft law (UNGP 18, GDPR Art. 35(9) "where appropriate") and few contracts have it yet; warn, do not fail.
    'stakeholder-consultation': 'warn',
    // S10: security measures and breach notice are binding on processors (GDPR Arts. 28(3)(c), 32, 33), so a gap is an error.
    'security-measures': 'error',
    // S11: sub-processor authorisation and transfer controls are binding on processors (GDPR Arts. 28(2), 28(4), 44–46), so a gap is an error.
    'onward-transfer': 'error',
  },
};

export default strict;
