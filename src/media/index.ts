export * from './tts/index.js';
export * from './ffmpeg/index.js';
export * from './probe/index.js';
export * from './audio/index.js';
export * from './render/index.js';
export { listStyles, getStyle, DEFAULT_STYLE_ID, type Style } from '../styles/index.js';
