export { createMediaLinks, type MediaLinks, type SignOptions, type VerifiedLink } from './media-links.js';
export { mediaRoutes, mediaUrl } from './media-routes.js';
export { parseByteRange, type ByteRange } from './byte-range.js';
export { contentTypeFor } from './content-type-for.js';
