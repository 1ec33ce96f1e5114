#!/usr/bin/env node
import { EXIT, main } from './cli.js';

// A reader that goes away (`newsdistill --schema | head -1`) is not an error: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`newsdistill: internal error (please report it): ${(err as Error)?.stack ?? err}\n`);
    process.exitCode = EXIT.internalError;
  },
);
