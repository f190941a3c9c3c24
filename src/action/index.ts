/** Entry of the bundled Action (dist-action/index.js). */
// First: the CLI's V8 settings (the Action runs in a process of its own too).
import '../cli/v8-flags.js';
import { runAction } from './main.js';

process.exitCode = await runAction({ env: process.env, cwd: process.cwd(), stdout: process.stdout });
