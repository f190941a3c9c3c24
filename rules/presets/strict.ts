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
  },
};

export default strict;
