// The thread an ExtractionPool starts: builds the extract stage once, then extracts the batches it is sent.

import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from './create-extractor.js';
import type { ExtractionReply, ExtractionRequest, ExtractionWorkerData } from './extraction-pool.js';

const port = parentPort;
if (port === null) throw new Error('extraction-worker.ts runs only as a worker thread');
const { gazetteerFile } = workerData as ExtractionWorkerData;
const extract = createExtractor({ gazetteerFile });
port.on('message', ({ job, documents }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { job, extractions: documents.map((document) => extract(document)) };
  } catch (error) {
    reply = { job, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
