export { extractDocumentText, isDocumentMimeType, documentMimeTypes } from './extract-document-text.js';
export { markdownToText } from './markdown-to-text.js';
