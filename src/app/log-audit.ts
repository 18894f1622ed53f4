// The log audit: recomputes every document's leaf from what is stored, the tree from the leaves, and checks every kept checkpoint against it.

import { NotFound } from '../domain/errors.js';
import { identifyDocument } from '../ingest/document-identity.js';
import { CompactRange } from '../log/compact-range.js';
import { documentLeaf, type DocumentLeafRecord } from '../log/document-leaf.js';
import { equalBytes, leafHash } from '../log/hashes.js';
import { openCheckpoint } from '../log/open-checkpoint.js';
import { storedHashCount } from '../log/stored-hash-index.js';
import type { LogRepository, StoredCheckpoint } from './log-ports.js';

/** One thing the audit found wrong. `documentId` names the document when the problem is one's. */
export interface AuditProblem {
  kind: 'document' | 'leaf' | 'tree' | 'checkpoint';
  documentId: string | null;
  logIndex: number | null;
  message: string;
}

export interface AuditReport {
  documents: number;
  leaves: number;
  checkpoints: number;
  /** The size of the newest checkpoint that checked out, or 0. */
  verifiedSize: number;
  problems: AuditProblem[];
}

export interface AuditOptions {
  /** The log's verifier key and origin: every kept checkpoint must open with them. */
  logKey: string;
  origin: string;
  /** Called as work is done (documents and leaves checked), for a progress bar. */
  onProgress?: (done: { documents: number; leaves: number; treeSize: number }) => void;
}

const DOCUMENT_CHUNK = 1_000;
const LEAF_CHUNK = 4_096;
/** At most this many problems of the tree kind: after the first wrong hash, the rest follow from it. */
const MAX_TREE_PROBLEMS = 20;
const RECORD_FIELDS = [
  'contentHash',
  'outlet',
  'url',
  'publishedAt',
  'retrievedAt',
  'title',
  'language',
] as const;

/**
 * Checks that the store still holds what the log committed to, reading everything once:
 * - every document: its text still hashes to its content hash, it has a leaf, and that leaf is byte for
 *   byte documentLeaf of its record as stored now (else the problem names the document and the fields);
 * - every leaf labelled as a document still has that document, carrying that index;
 * - every leaf's stored hash is the hash of its bytes, every stored hash is the one recomputed from the
 *   leaves, and every kept checkpoint is signed by the log key and has the recomputed root at its size.
 * Never changes anything. An empty problem list means the log and the store agree.
 */
export async function auditLog(log: LogRepository, options: AuditOptions): Promise<AuditReport> {
  const problems: AuditProblem[] = [];
  const progress = { documents: 0, leaves: 0, treeSize: await log.storage.treeSize() };

  for (let after: string | null = null; ;) {
    const documents = await log.auditDocuments(after, DOCUMENT_CHUNK);
    for (const document of documents) {
      problems.push(...checkDocument(document));
    }
    progress.documents += documents.length;
    options.onProgress?.(progress);
    const last = documents.at(-1);
    if (last === undefined || documents.length < DOCUMENT_CHUNK) break;
    after = last.id;
  }
  for (const orphan of await log.orphanDocumentLeaves(10_000)) {
    problems.push({
      kind: 'document',
      documentId: orphan.ref,
      logIndex: orphan.index,
      message:
        orphan.storedIndex === null
          ? `document ${orphan.ref} (leaf ${orphan.index}) is logged but missing from the store, or no longer carries its log index`
          : `document ${orphan.ref} (leaf ${orphan.index}) now carries log index ${orphan.storedIndex}`,
    });
  }

  const checkpoints = await log.listCheckpoints();
  const verifiedSize = await checkTree(log, checkpoints, options, problems, progress);
  return {
    documents: progress.documents,
    leaves: progress.leaves,
    checkpoints: checkpoints.length,
    verifiedSize,
    problems,
  };
}

function checkDocument(
  document: Awaited<ReturnType<LogRepository['auditDocuments']>>[number],
): AuditProblem[] {
  const problems: AuditProblem[] = [];
  const at = { kind: 'document' as const, documentId: document.id, logIndex: document.logIndex };
  const identity = identifyDocument(document.text);
  if (identity.contentHash !== document.record.contentHash) {
    problems.push({
      ...at,
      message: `document ${document.id}: its stored text no longer matches its content hash ${document.record.contentHash} (the text was changed after it was logged)`,
    });
  } else if (identity.id !== document.id) {
    problems.push({ ...at, message: `document ${document.id}: its id does not match its content hash` });
  }
  if (document.logIndex === null) {
    problems.push({ ...at, message: `document ${document.id} is not in the log (it has no log index)` });
    return problems;
  }
  const leaf = document.leaf;
  if (leaf === null) {
    problems.push({
      ...at,
      message: `document ${document.id}: its log index ${document.logIndex} names no leaf of the log`,
    });
    return problems;
  }
  if (leaf.kind !== 'document' || leaf.ref !== document.id) {
    problems.push({
      ...at,
      message: `document ${document.id}: leaf ${document.logIndex} records ${leaf.kind} ${leaf.ref}, not this document`,
    });
    return problems;
  }
  if (!equalBytes(documentLeaf(document.record), leaf.data)) {
    problems.push({
      ...at,
      message: `document ${document.id} (leaf ${document.logIndex}): its metadata no longer matches what was logged: ${describeChanges(document.record, leaf.data)}`,
    });
  }
  return problems;
}

/** Which record fields differ between the stored record and the logged leaf, with both values. */
function describeChanges(record: DocumentLeafRecord, logged: Uint8Array): string {
  let leaf: Record<string, unknown>;
  try {
    leaf = JSON.parse(new TextDecoder().decode(logged)) as Record<string, unknown>;
  } catch {
    return 'the logged leaf is not JSON';
  }
  const changed = RECORD_FIELDS.filter((field) => leaf[field] !== record[field]).map(
    (field) =>
      `${field} logged as ${JSON.stringify(leaf[field])}, stored as ${JSON.stringify(record[field])}`,
  );
  return changed.length > 0 ? changed.join('; ') : 'the leaf bytes differ from the recomputed record';
}

/** Recomputes the tree from the leaves and checks stored hashes and checkpoints; returns the newest size verified. */
async function checkTree(
  log: LogRepository,
  checkpoints: readonly StoredCheckpoint[],
  options: AuditOptions,
  problems: AuditProblem[],
  progress: { documents: number; leaves: number; treeSize: number },
): Promise<number> {
  const size = progress.treeSize;
  const range = new CompactRange();
  const pending = [...checkpoints];
  let treeProblems = 0;
  let verifiedSize = 0;
  const tree = (logIndex: number | null, message: string): void => {
    if (treeProblems++ < MAX_TREE_PROBLEMS)
      problems.push({ kind: 'tree', documentId: null, logIndex, message });
  };
  const checkpointsAt = (treeSize: number): void => {
    while (pending[0] !== undefined && pending[0].size === treeSize) {
      if (checkCheckpoint(pending.shift() as StoredCheckpoint, range.root(), options, problems)) {
        verifiedSize = treeSize;
      }
    }
  };
  checkpointsAt(0);
  for (let start = 0; start < size; start += LEAF_CHUNK) {
    let leaves: Awaited<ReturnType<LogRepository['storage']['readLeaves']>>;
    try {
      leaves = await log.storage.readLeaves(start, Math.min(LEAF_CHUNK, size - start));
    } catch (error) {
      if (!(error instanceof NotFound)) throw error;
      tree(start, `leaves from ${start} on are missing: ${error.message}`);
      break;
    }
    const recomputed: Uint8Array[] = [];
    for (const leaf of leaves) {
      const hash = leafHash(leaf.data);
      if (!equalBytes(hash, leaf.leafHash)) {
        problems.push({
          kind: 'leaf',
          documentId: leaf.kind === 'document' ? leaf.ref : null,
          logIndex: leaf.index,
          message: `leaf ${leaf.index} (${leaf.kind} ${leaf.ref}): its stored leaf hash is not the hash of its bytes`,
        });
      }
      recomputed.push(...range.append(hash));
      checkpointsAt(range.size);
    }
    const first = storedHashCount(start);
    let wrong: number;
    try {
      const stored = await log.storage.readHashes(recomputed.map((_, i) => first + i));
      wrong = recomputed.findIndex((h, i) => !equalBytes(h, stored[i] as Uint8Array));
    } catch (error) {
      if (!(error instanceof NotFound)) throw error;
      wrong = 0;
    }
    if (wrong >= 0) {
      tree(
        start,
        `stored hash ${first + wrong} (leaves ${start} … ${start + leaves.length - 1}) differs from the one recomputed from the leaves: proofs made from it would not verify`,
      );
    }
    progress.leaves += leaves.length;
    options.onProgress?.(progress);
  }
  for (const checkpoint of pending) {
    problems.push({
      kind: 'checkpoint',
      documentId: null,
      logIndex: null,
      message: `checkpoint of size ${checkpoint.size} is larger than the log (${size} leaves)`,
    });
  }
  return verifiedSize;
}

function checkCheckpoint(
  checkpoint: StoredCheckpoint,
  root: Uint8Array,
  options: AuditOptions,
  problems: AuditProblem[],
): boolean {
  const fail = (message: string): false => {
    problems.push({ kind: 'checkpoint', documentId: null, logIndex: null, message });
    return false;
  };
  const opened = openCheckpoint(checkpoint.note, { logKey: options.logKey, origin: options.origin });
  if (!opened.ok) return fail(`checkpoint of size ${checkpoint.size}: ${opened.reason}`);
  if (
    opened.checkpoint.size !== checkpoint.size ||
    !equalBytes(opened.checkpoint.rootHash, checkpoint.rootHash)
  ) {
    return fail(`checkpoint of size ${checkpoint.size}: its note and its stored size or root disagree`);
  }
  if (!equalBytes(root, checkpoint.rootHash)) {
    return fail(
      `checkpoint of size ${checkpoint.size}: its root is not the root recomputed from the leaves: the log was changed after it was signed`,
    );
  }
  return true;
}
