// A request whose parameters are wrong: an InvalidInput that names each bad parameter and why.

import { InvalidInput } from '../domain/errors.js';

export interface InvalidParameter {
  /** The parameter as the client wrote it: `limit`, `id`, `documents[2].url`. */
  name: string;
  in: 'path' | 'query' | 'body' | 'header';
  reason: string;
}

export class InvalidParameters extends InvalidInput {
  constructor(readonly params: readonly InvalidParameter[]) {
    super(params.map(describe).join('; '));
  }
}

function describe(param: InvalidParameter): string {
  const where = param.in === 'body' ? 'request body field' : `${param.in} parameter`;
  return `${where} "${param.name}": ${param.reason}`;
}

/** A request body larger than the server accepts (HTTP 413). */
export class BodyTooLarge extends InvalidInput {
  constructor(readonly maxBytes: number) {
    super(`request body: expected at most ${maxBytes} bytes, found more`);
  }
}
