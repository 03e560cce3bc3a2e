export { parseMediaInfo, type MediaProbe } from './parse-media-info.js';
export { probeMedia, type ProbeMediaOptions } from './probe-media.js';
