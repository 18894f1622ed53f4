// A DOM (linkedom) for component tests that run in Node: structure and text, not layout.

import { parseHTML } from 'linkedom';

/** Installs a fresh `document` (and Event classes) as globals and returns its body. */
export function installDocument(): HTMLElement {
  const { document, window } = parseHTML('<!doctype html><html lang="en"><head></head><body></body></html>');
  Object.assign(globalThis, { document, Event: window.Event });
  return document.body;
}
