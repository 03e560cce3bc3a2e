export { displayWidth } from './display-width.js';
export { isSpaceless, lineBreakUnits, type BreakUnit } from './line-break-units.js';
export { textDirection } from './text-direction.js';
export { splitTimedPhrases, type TimedSpan } from './split-timed-phrases.js';
