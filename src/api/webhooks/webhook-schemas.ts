import Type from 'typebox';
import { webhookEventTypes } from '../../webhooks/index.js';
import { Nullable } from '../http/index.js';

export const DeliveryView = Type.Object({
  event_id: Type.String(),
  event_type: Type.String(),
  session_id: Nullable(Type.String()),
  endpoint_id: Nullable(Type.String()),
  url: Type.String(),
  status: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
  attempts: Type.Array(
    Type.Object({ at: Type.Integer(), status_code: Nullable(Type.Integer()), error: Nullable(Type.String()), duration_ms: Type.Number() }),
  ),
  next_attempt_at: Nullable(Type.Integer()),
  created_at: Type.Integer(),
});

const EventType = Type.Enum(webhookEventTypes);
const EventList = Type.Array(EventType, { maxItems: webhookEventTypes.length * 4, description: 'Empty or omitted: every event type.' });
const EndpointUrl = Type.String({ minLength: 1, maxLength: 2048 });

export const EndpointView = Type.Object({
  endpoint_id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  created_at: Type.Integer(),
});
export const EndpointWithSecret = Type.Object({ ...EndpointView.properties, secret: Type.String() });
export const EndpointParams = Type.Object({ endpoint_id: Type.String({ minLength: 1, maxLength: 128 }) });

// Unknown fields are dropped (the app's validator removes additional properties), as on every route.
export const CreateEndpointBody = Type.Object({ url: EndpointUrl, events: Type.Optional(EventList) }, { additionalProperties: false });
export const UpdateEndpointBody = Type.Object(
  {
    url: Type.Optional(EndpointUrl),
    events: Type.Optional(EventList),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** An item of GET /v3/webhooks/event-types. */
export const EventTypeView = Type.Object({ event_type: Type.String(), description: Type.String() });

export const DeletedEndpointView = Type.Object({ endpoint_id: Type.String(), deleted: Type.Boolean() });
export const CallbackSecretView = Type.Object({ secret: Type.String() });
