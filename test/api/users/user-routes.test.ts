import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerFromKey } from '../../../src/api/index.js';
import { KEY_A, KEY_B, startHarness, type Harness } from '../api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('GET /v3/users/me', () => {
  it("answers the key's name, nulls for the personal fields, and no billing blocks", async () => {
    const res = await h.call('GET', '/v3/users/me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ data: { username: ownerFromKey(KEY_A), email: null, first_name: null, last_name: null } });
    const other = await h.call('GET', '/v3/users/me', undefined, { 'x-api-key': KEY_B });
    expect(other.json().data.username).toBe(ownerFromKey(KEY_B));
    const bearer = await h.app.inject({ method: 'GET', url: '/v3/users/me', headers: { authorization: `Bearer ${KEY_A}` } });
    expect(bearer.json().data.username).toBe(ownerFromKey(KEY_A));
  });

  it('answers 401 in the envelope for a missing or unknown key (how clients check a key)', async () => {
    for (const headers of [{}, { 'x-api-key': 'not-a-key' }, { authorization: 'Bearer nope' }]) {
      const res = await h.app.inject({ method: 'GET', url: '/v3/users/me', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'unauthorized', message: expect.any(String) });
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });
});
