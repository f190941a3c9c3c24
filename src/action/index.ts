/** Entry of the bundled Action (dist-action/index.js). */
import { runAction } from './main.js';

process.exitCode = await runAction({ env: process.env, cwd: process.cwd(), stdout: process.stdout });
