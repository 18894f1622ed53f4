// Reads a key given on the command line: the key string itself, or a file holding it.

import { readFile } from 'node:fs/promises';
import { InvalidInput } from '../domain/errors.js';

/**
 * The verifier key `value` names: a file's contents (trimmed) when a file of that name exists, else the
 * value itself (`<name>+<key ID>+<base64>`). Throws InvalidInput, naming the option, when it is neither.
 */
export async function readKeyArgument(value: string, option: string): Promise<string> {
  try {
    return (await readFile(value, 'utf8')).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENAMETOOLONG') throw error;
  }
  if (!/^[^\s+]+\+[0-9a-fA-F]{8}\+\S+$/.test(value)) {
    throw new InvalidInput(
      `${option}: expected a verifier key (name+keyid+base64) or a file holding one, found ${JSON.stringify(value.slice(0, 80))}`,
    );
  }
  return value;
}

/** The bytes of a file named on the command line; a missing file is an InvalidInput naming the option. */
export async function readFileArgument(path: string, option: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new InvalidInput(`${option}: cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}
