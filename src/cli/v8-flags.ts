/**
 * V8 settings for the command line's own process. Imported first by ./bin.ts (and by the
 * GitHub Action's entry, src/action/index.ts), so they apply before any of our regular
 * expressions is compiled. The library entry (src/index.ts) never sets them: an API user's
 * process is theirs.
 *
 * Regexp tier-up off. By default V8 first compiles a regular expression to bytecode for its
 * regexp interpreter and recompiles it to machine code once it has run; that pays off for a web
 * page's many regexes that run once. A lint run is the opposite: about 400 large patterns (long
 * alternations, case-insensitive), each run over every sentence. Compiling them straight to
 * machine code skips the bytecode pass, whose optimiser was the dearer half (45 ms for the
 * negation pattern alone). Measured on this machine (docs/performance.md): a cold run on the
 * bundled two-page example 0.56-0.59 s -> 0.35-0.41 s; matching behaviour is the same, only
 * when machine code is made changes.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
