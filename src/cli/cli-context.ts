// What every command gets: the configuration, the way to open claimlog, and the output streams.

import type { Claimlog } from '../app/claimlog.js';
import type { Config } from '../app/config.js';
import type { Extractor } from '../app/ports.js';

export interface CliContext {
  config: Config;
  /** Opens the store and wires the use cases (the composition root); the caller closes it. */
  open(): Promise<Claimlog>;
  /** The extractor alone, for commands that analyse without a store. */
  extractor(): Extractor;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  /** Set by a command that finished with failures, so the process exits non-zero. */
  exitCode: number;
}

/** Writes one JSON document (pretty) or one per line (`lines`). */
export function writeJson(context: CliContext, value: unknown): void {
  context.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
