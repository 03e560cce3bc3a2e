/**
 * Every v3 endpoint we serve, with the schema (test/contract/schemas) its request and its 200 answer must
 * match. `data`: `{"data": <ref>}`; `page`: a list page of <ref>; `binary`/`sse`: checked by content type.
 * `ours`: not in the public API; its schema comes from our docs.
 */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  request?: string;
  response: { kind: 'data' | 'page'; ref: string } | { kind: 'binary'; contentType: string } | { kind: 'sse' };
  ours?: true;
}

const data = (ref: string) => ({ kind: 'data' as const, ref });
const page = (ref: string) => ({ kind: 'page' as const, ref });
const binary = (contentType: string) => ({ kind: 'binary' as const, contentType });

export const endpoints: Endpoint[] = [
  { method: 'POST', path: '/v3/video-agents', request: 'sessions.json#/definitions/createRequest', response: data('sessions.json#/definitions/created') },
  { method: 'GET', path: '/v3/video-agents', response: page('sessions.json#/definitions/listItem') },
  { method: 'GET', path: '/v3/video-agents/{session_id}', response: data('sessions.json#/definitions/session') },
  { method: 'POST', path: '/v3/video-agents/{session_id}', request: 'sessions.json#/definitions/messageRequest', response: data('sessions.json#/definitions/messageAccepted') },
  { method: 'POST', path: '/v3/video-agents/{session_id}/stop', response: data('sessions.json#/definitions/stopped') },
  { method: 'GET', path: '/v3/video-agents/{session_id}/resources', response: data('sessions.json#/definitions/resourceList'), ours: true },
  { method: 'GET', path: '/v3/video-agents/{session_id}/resources/{resource_id}', response: data('sessions.json#/definitions/resource') },
  { method: 'GET', path: '/v3/video-agents/{session_id}/videos', response: page('media.json#/definitions/video') },
  { method: 'GET', path: '/v3/video-agents/{session_id}/events', response: { kind: 'sse' }, ours: true },
  { method: 'GET', path: '/v3/video-agents/styles', response: page('sessions.json#/definitions/style') },
  { method: 'GET', path: '/v3/video-agents/styles/{style_id}/thumbnail', response: binary('image/jpeg'), ours: true },
  { method: 'POST', path: '/v3/video-agents/sessions', request: 'sessions.json#/definitions/createRequest', response: data('sessions.json#/definitions/legacyCreated') },
  { method: 'GET', path: '/v3/video-agents/sessions/{session_id}', response: data('sessions.json#/definitions/legacySession') },
  { method: 'POST', path: '/v3/video-agents/sessions/{session_id}/messages', request: 'sessions.json#/definitions/messageRequest', response: data('sessions.json#/definitions/messageAccepted') },
  { method: 'POST', path: '/v3/video-agents/sessions/{session_id}/stop', response: data('sessions.json#/definitions/stopped') },
  { method: 'POST', path: '/v3/assets', response: data('media.json#/definitions/asset') },
  { method: 'POST', path: '/v3/assets/direct-uploads', request: 'media.json#/definitions/directUploadRequest', response: data('media.json#/definitions/directUpload') },
  { method: 'POST', path: '/v3/assets/{asset_id}/complete', response: data('media.json#/definitions/asset') },
  { method: 'GET', path: '/v3/assets/{asset_id}', response: data('media.json#/definitions/asset') },
  { method: 'GET', path: '/v3/videos', response: page('media.json#/definitions/video') },
  { method: 'GET', path: '/v3/videos/{video_id}', response: data('media.json#/definitions/video') },
  { method: 'DELETE', path: '/v3/videos/{video_id}', response: data('media.json#/definitions/videoDeleted') },
  { method: 'GET', path: '/v3/voices', response: page('media.json#/definitions/voice') },
  { method: 'GET', path: '/v3/voices/{voice_id}', response: data('media.json#/definitions/voiceDetail') },
  { method: 'GET', path: '/v3/voices/{voice_id}/preview', response: binary('audio/wav'), ours: true },
  { method: 'POST', path: '/v3/voices/speech', request: 'media.json#/definitions/speechRequest', response: data('media.json#/definitions/speech') },
  { method: 'GET', path: '/v3/avatars', response: page('media.json#/definitions/avatarGroup') },
  { method: 'GET', path: '/v3/avatars/looks', response: page('media.json#/definitions/avatarLook') },
  { method: 'POST', path: '/v3/avatars/photo', response: data('media.json#/definitions/avatarLook'), ours: true },
  { method: 'GET', path: '/v3/avatars/looks/{avatar_id}/preview.png', response: binary('image/png'), ours: true },
  { method: 'GET', path: '/v3/avatars/looks/{avatar_id}/preview.mp4', response: binary('video/mp4'), ours: true },
  { method: 'GET', path: '/v3/users/me', response: data('account.json#/definitions/user') },
  { method: 'POST', path: '/v3/webhooks/endpoints', request: 'account.json#/definitions/endpointRequest', response: data('account.json#/definitions/endpointWithSecret') },
  { method: 'GET', path: '/v3/webhooks/endpoints', response: page('account.json#/definitions/endpoint') },
  { method: 'PATCH', path: '/v3/webhooks/endpoints/{endpoint_id}', response: data('account.json#/definitions/endpoint') },
  { method: 'DELETE', path: '/v3/webhooks/endpoints/{endpoint_id}', response: data('account.json#/definitions/endpointDeleted') },
  { method: 'POST', path: '/v3/webhooks/endpoints/{endpoint_id}/rotate-secret', response: data('account.json#/definitions/endpointWithSecret') },
  { method: 'GET', path: '/v3/webhooks/event-types', response: data('account.json#/definitions/eventTypeList') },
  { method: 'GET', path: '/v3/webhooks/events', response: page('account.json#/definitions/delivery') },
  { method: 'GET', path: '/v3/webhooks/callback-secret', response: data('account.json#/definitions/callbackSecret'), ours: true },
  { method: 'POST', path: '/v3/brand-kits', response: data('account.json#/definitions/brandKit'), ours: true },
  { method: 'GET', path: '/v3/brand-kits', response: page('account.json#/definitions/brandKit'), ours: true },
  { method: 'GET', path: '/v3/brand-kits/{brand_kit_id}', response: data('account.json#/definitions/brandKit'), ours: true },
  { method: 'DELETE', path: '/v3/brand-kits/{brand_kit_id}', response: data('account.json#/definitions/brandKitDeleted'), ours: true },
  { method: 'GET', path: '/v3/visuals/search', response: data('visuals.json#/definitions/searchResult'), ours: true },
  { method: 'GET', path: '/v3/visuals/library/{provider}/{file}', response: binary('image/svg+xml'), ours: true },
];

/** The endpoint a concrete request hit: the template with the fewest parameters that matches (static beats `{id}`). */
export function endpointFor(method: string, url: string): Endpoint | undefined {
  const path = url.split('?')[0]!;
  const matches = endpoints.filter((endpoint) => {
    if (endpoint.method !== method) return false;
    const pattern = new RegExp(`^${endpoint.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return pattern.test(path);
  });
  const params = (endpoint: Endpoint) => (endpoint.path.match(/\{/g) ?? []).length;
  return matches.sort((a, b) => params(a) - params(b))[0];
}
