import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { endpointFor, endpoints, type Endpoint } from './endpoints.js';

const schemaDir = fileURLToPath(new URL('./schemas/', import.meta.url));

/** Checks answers and requests against the schemas written from the public documentation, and counts what it saw. */
export function createContractChecker() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(`${schemaDir}${file}`, 'utf8')));
  const compiled = new Map<string, ValidateFunction>();
  const validator = (ref: string) => {
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: ref });
      compiled.set(ref, validate);
    }
    return validate;
  };
  const assertValid = (ref: string, value: unknown, what: string) => {
    const validate = validator(ref);
    const valid = validate(value);
    expect(valid, `${what} does not match ${ref}: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(value).slice(0, 600)}`).toBe(true);
  };
  const seen = new Set<Endpoint>();

  return {
    endpoints,
    seen,
    /** A request body as the documentation describes it (so the test sends only documented shapes). */
    request(method: string, url: string, body: unknown): void {
      const endpoint = endpointFor(method, url);
      if (endpoint?.request) assertValid(endpoint.request, body, `request ${method} ${url}`);
    },
    /** An answer: 2xx against its endpoint's schema, anything else against the error envelope. */
    response(method: string, url: string, status: number, body: unknown, contentType: string | undefined): void {
      const endpoint = endpointFor(method, url);
      expect(endpoint, `no contract entry for ${method} ${url}`).toBeDefined();
      if (status >= 300) {
        assertValid('common.json#/definitions/error', body, `${status} ${method} ${url}`);
        return;
      }
      seen.add(endpoint!);
      const response = endpoint!.response;
      if (response.kind === 'binary') expect(contentType).toContain(response.contentType);
      else if (response.kind === 'sse') expect(contentType).toContain('text/event-stream');
      else if (response.kind === 'data') {
        expect(Object.keys(body as object)).toEqual(['data']);
        assertValid(response.ref, (body as { data: unknown }).data, `${method} ${url}`);
      } else {
        assertValid('common.json#/definitions/page', body, `${method} ${url}`);
        for (const item of (body as { data: unknown[] }).data) assertValid(response.ref, item, `an item of ${method} ${url}`);
      }
    },
    /** The documented schema itself, for checks on the OpenAPI document. */
    schema(ref: string): Record<string, unknown> {
      const [file, pointer] = ref.split('#');
      let node = ajv.getSchema(file!)!.schema as Record<string, unknown>;
      for (const part of pointer!.split('/').filter(Boolean)) node = node[part] as Record<string, unknown>;
      return node;
    },
  };
}

export type ContractChecker = ReturnType<typeof createContractChecker>;
