export { extractDocumentText, isDocumentMimeType, documentMimeTypes, DOCX_MIME_TYPE } from './extract-document-text.js';
export { markdownToText } from './markdown-to-text.js';
