export { NeuralTtsEngine, NEURAL_ENGINE_ID, type NeuralVoice, type NeuralVoiceSource } from './neural-tts-engine.js';
export { loadOnnxRuntime, onnxRuntimeAvailable, type OnnxRuntime } from './onnx-runtime.js';
export { splitSentences } from './split-sentences.js';
