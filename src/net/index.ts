export { blockedAddressReason } from './blocked-address-reason.js';
export { BlockedUrlError, isBlockedUrlError } from './blocked-url-error.js';
export { createOutboundGuard, type OutboundGuard, type OutboundPolicy } from './outbound-guard.js';
export { setDefaultOutboundGuard, defaultOutboundGuard } from './default-outbound-guard.js';
