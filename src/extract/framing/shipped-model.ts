// The shipped framing model: model.json as written by scripts/train-framing.ts, typed.

import type { FramingModel } from './framing-model.js';
import shipped from './model.json' with { type: 'json' };

/** The model `detectFraming` uses unless it is given another. */
export const SHIPPED_FRAMING_MODEL = shipped as unknown as FramingModel;
