// The thread an ExtractionPool starts: builds the extract stage once, then extracts the batches it is sent
// and reads each document ahead for assessment.

import { parentPort, workerData } from 'node:worker_threads';
import { createAssessmentParts } from './assessment-parts.js';
import { createExtractor, loadGazetteer } from './create-extractor.js';
import type { ExtractionReply, ExtractionRequest, ExtractionWorkerData } from './extraction-pool.js';
import { prepareAssessment } from './prepare-assessment.js';

const port = parentPort;
if (port === null) throw new Error('extraction-worker.ts runs only as a worker thread');
const { gazetteerFile } = workerData as ExtractionWorkerData;
const gazetteer = loadGazetteer({ gazetteerFile });
const extract = createExtractor({ gazetteerFile }, gazetteer);
// Assessment's reading ahead needs no clock.
const parts = createAssessmentParts(gazetteer, () => new Date(0));
port.on('message', ({ job, documents }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = {
      job,
      analyzed: documents.map((document) => {
        const extraction = extract(document);
        return { extraction, preparation: prepareAssessment(document, extraction, parts) };
      }),
    };
  } catch (error) {
    reply = { job, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
