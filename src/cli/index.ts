#!/usr/bin/env node
/**
 * The `social-outcomes` command line. Node only.
 *
 * @packageDocumentation
 */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`social-outcomes: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
