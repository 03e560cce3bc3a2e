export { resolveFfmpegPath } from './resolve-ffmpeg-path.js';
export { parseFfmpegProgress, createFfmpegProgressReader } from './parse-ffmpeg-progress.js';
export { encodeAudio, type AudioFormat, type EncodeAudioOptions } from './encode-audio.js';
