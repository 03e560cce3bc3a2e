export { sniffMediaType, looksLikeMarkdown, type SniffedType, type SniffOptions } from './sniff-media-type.js';
export { checkClaimedType, supportedTypesText } from './check-claimed-type.js';
export { decodeBase64File, type DecodedFile, type DecodeBase64Options } from './decode-base64-file.js';
export {
  downloadFile,
  sanitiseFilename,
  filenameFromContentDisposition,
  type DownloadOptions,
  type DownloadedFile,
} from './download-file.js';
