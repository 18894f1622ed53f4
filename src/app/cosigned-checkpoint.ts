// A kept checkpoint as the log serves it: the log's signed note with the witness cosignatures kept for it appended.

import { formatNote, parseNote } from '../log/signed-note.js';
import { decodeBase64 } from '../log/strict-base64.js';
import type { LogRepository, StoredCheckpoint } from './log-ports.js';

/**
 * The note of `checkpoint` with one signature line per kept cosignature after the log's own, in the order
 * they were received. A cosignature is kept only once verified, so the result opens wherever the log's
 * note does.
 */
export async function cosignedCheckpoint(
  log: Pick<LogRepository, 'listCosignatures'>,
  checkpoint: StoredCheckpoint,
): Promise<string> {
  const cosignatures = await log.listCosignatures(checkpoint.size);
  if (cosignatures.length === 0) return checkpoint.note;
  const note = parseNote(checkpoint.note);
  const extra = cosignatures.flatMap((c) => {
    const bytes = decodeBase64(c.base64);
    return bytes === undefined
      ? []
      : [{ name: c.witnessName, keyId: c.keyId, base64: c.base64, signature: bytes.subarray(4) }];
  });
  return formatNote({ text: note.text, signatures: [...note.signatures, ...extra] });
}
