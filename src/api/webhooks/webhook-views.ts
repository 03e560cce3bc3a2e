import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../../store/index.js';
import type { WebhookEventType } from '../../webhooks/index.js';

const seconds = (ms: number) => Math.floor(ms / 1000);

/** What each event means; a Record, so a new event type does not compile until it is described. */
export const webhookEventDescriptions: Record<WebhookEventType, string> = {
  'video_agent.success': 'A Video Agent session completed: its video is ready (event_data.video_id, event_data.url).',
  'video_agent.fail': 'A Video Agent session failed or was stopped; event_data.msg says why.',
};

export function endpointView(endpoint: WebhookEndpointRecord) {
  return { endpoint_id: endpoint.id, url: endpoint.url, events: endpoint.events, status: endpoint.status, created_at: seconds(endpoint.created_at) };
}

export function deliveryView(delivery: WebhookDeliveryRecord) {
  return {
    event_id: delivery.id,
    event_type: delivery.event_type,
    session_id: delivery.session_id,
    endpoint_id: delivery.endpoint_id,
    url: delivery.url,
    status: delivery.status,
    payload: delivery.payload,
    attempts: delivery.attempts.map((attempt) => ({ ...attempt, at: seconds(attempt.at) })),
    next_attempt_at: delivery.next_attempt_at === null ? null : seconds(delivery.next_attempt_at),
    created_at: seconds(delivery.created_at),
  };
}

/** Duplicates dropped, order kept. */
export function uniqueEvents(events: readonly string[] | undefined): string[] {
  return [...new Set(events ?? [])];
}
