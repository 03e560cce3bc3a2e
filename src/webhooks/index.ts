export {
  createWebhookSecret,
  webhookSecretKey,
  signWebhook,
  verifyWebhook,
  callbackSecretFor,
  type WebhookSignatureHeaders,
  type VerifyWebhookOptions,
  type HeaderBag,
} from './sign-webhook.js';
export {
  WebhookDispatcher,
  webhookEventTypes,
  defaultWebhookBackoffMs,
  type WebhookEventType,
  type WebhookEventData,
  type NotifyInput,
  type WebhookDispatcherEvent,
  type WebhookDispatcherOptions,
} from './webhook-dispatcher.js';
