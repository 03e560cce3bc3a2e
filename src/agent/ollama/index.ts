export { detectOllama, chooseOllamaModel, type OllamaModel } from './detect-ollama.js';
