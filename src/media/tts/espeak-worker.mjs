// The eSpeak-NG worker thread. Plain JavaScript on purpose: it must load the same way under node, tsx and
// vitest. It only drives the WASM and posts raw results back; all parsing lives in TypeScript on the main
// thread (espeak-timings.ts, espeak-voice-catalogue.ts).
//
// Protocol (see espeak-worker-client.ts):
//   → { id, kind: 'init' }                          ← { id, ok: true, voices, sampleRate }
//   → { id, kind: 'synthesize', text, voice, rate } ← { id, ok: true, samples, events, sampleRate }
//   ← { id, ok: false, message, unknownVoice? } on failure.
// workerData.cancel is a shared Int32Array: when it holds the id of the running request, the audio
// callback stops eSpeak (synthesis is synchronous, so a message could not reach us in time).
import { parentPort, workerData } from 'node:worker_threads';
import initEspeak from '@echogarden/espeak-ng-emscripten';

const cancel = workerData && workerData.cancel instanceof Int32Array ? workerData.cancel : new Int32Array(1);
const modulePromise = initEspeak();
let instance;

async function getInstance() {
  if (instance === undefined) {
    const module = await modulePromise;
    instance = new module.eSpeakNGWorker();
  }
  return instance;
}

function synthesize(espeak, request) {
  if (espeak.set_voice(request.voice) !== 0) {
    return { id: request.id, ok: false, message: `eSpeak has no voice "${request.voice}"`, unknownVoice: true };
  }
  // The rate survives set_voice, so it is set on every request.
  espeak.set_rate(request.rate);
  const chunks = [];
  const events = [];
  let length = 0;
  let cancelled = false;
  espeak.synthesize(request.text, (samples, chunkEvents) => {
    if (samples && samples.length > 0) {
      chunks.push(samples);
      length += samples.length;
    }
    for (const event of chunkEvents) {
      if (event.type === 'word' || event.type === 'phoneme' || event.type === 'end' || event.type === 'sentence') {
        events.push({ type: event.type, pos: event.text_position, time: event.audio_position, id: event.id });
      }
    }
    cancelled = Atomics.load(cancel, 0) === request.id;
    return cancelled; // true stops the synthesis
  });
  if (cancelled) return { id: request.id, ok: false, message: 'cancelled' };
  const samples = new Int16Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  return { id: request.id, ok: true, samples, events, sampleRate: espeak.get_samplerate() };
}

parentPort.on('message', async (request) => {
  try {
    const espeak = await getInstance();
    if (request.kind === 'init') {
      parentPort.postMessage({ id: request.id, ok: true, voices: espeak.list_voices(), sampleRate: espeak.get_samplerate() });
      return;
    }
    const reply = synthesize(espeak, request);
    parentPort.postMessage(reply, reply.samples ? [reply.samples.buffer] : []);
  } catch (error) {
    parentPort.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
