// claimlog's Merkle log, importable as 'claimlog/log': RFC 6962/9162 math, C2SP notes, checkpoints, tiles and proofs.

// RFC 6962 hashing and the Merkle tree over leaf hashes in memory.
export { HASH_SIZE, emptyRootHash, equalBytes, leafHash, nodeHash } from './hashes.js';
export { consistencyProof, inclusionProof, rootHash, splitPoint } from './merkle-tree.js';
// Verifiers (RFC 9162 §2.1.3.2 / §2.1.4.2).
export type { Verification } from './verification.js';
export { verifyConsistency } from './verify-consistency.js';
export { verifyInclusion } from './verify-inclusion.js';
// Proofs and roots from stored hashes, read through the HashReader port.
export type { HashReader } from './hash-reader.js';
export { splitStoredHashIndex, storedHashCount, storedHashIndex } from './stored-hash-index.js';
export { readTreeHash } from './tree-hash.js';
export { proveConsistency } from './prove-consistency.js';
export { proveInclusion } from './prove-inclusion.js';
// The write path.
export type { AppendBatch, LogLeaf, LogStorage } from './log-storage.js';
export { appendLeaves, MAX_LEAF_BYTES, type AppendResult, type LeafInput } from './append-leaves.js';
export { MemoryLogStorage } from './memory-log-storage.js';
export { CompactRange } from './compact-range.js';
// Leaves: RFC 8785 canonical JSON.
export { canonicalJson, canonicalJsonBytes, type JsonValue } from './canonical-json.js';
export { DOCUMENT_LEAF_TYPE, documentLeaf, type DocumentLeafRecord } from './document-leaf.js';
export { DECISION_LEAF_TYPE, decisionLeaf, type DecisionLeafRecord } from './decision-leaf.js';
// C2SP signed notes and their keys.
export {
  formatNote,
  MAX_NOTE_SIGNATURES,
  openNote,
  parseNote,
  signNote,
  type Note,
  type NoteSignature,
  type NoteSigner,
  type NoteVerifier,
  type OpenedNote,
} from './signed-note.js';
export { parseSignerKey, parseVerifierKey } from './note-keys.js';
export { ed25519NoteKeys, ed25519NoteSigner, ed25519NoteVerifier } from './ed25519-note-key.js';
export { ecdsaNoteVerifier, rfc6962NoteVerifier } from './ecdsa-note-verifier.js';
export { isValidKeyName, noteKeyId } from './note-key-id.js';
// C2SP checkpoints and witness cosignatures.
export {
  formatCheckpoint,
  parseCheckpoint,
  type Checkpoint,
  type ParseCheckpointOptions,
} from './checkpoint.js';
export {
  cosignatureMessage,
  cosignatureNoteVerifier,
  cosignatureTimestamp,
  witnessCosigner,
  witnessVerifierKey,
} from './cosignature-key.js';
export {
  openCheckpoint,
  type OpenCheckpointOptions,
  type OpenedCheckpoint,
  type VerifiedCosignature,
} from './open-checkpoint.js';
// C2SP tiles.
export { C2SP_TILE_HEIGHT, newTiles, readTileData, type Tile } from './tile.js';
export { parseSumdbTilePath, parseTilePath, sumdbTilePath, tileIndexPath, tilePath } from './tile-path.js';
export { decodeEntryBundle, encodeEntryBundle } from './entry-bundle.js';
// C2SP tlog-proof.
export {
  createTlogProof,
  formatTlogProof,
  parseTlogProof,
  TLOG_PROOF_HEADER,
  verifyTlogProof,
  type TlogProof,
  type VerifiedTlogProof,
} from './tlog-proof.js';
// Base64 as the formats use it.
export { decodeBase64, encodeBase64 } from './strict-base64.js';
