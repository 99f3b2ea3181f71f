import { z } from 'zod';
import { ClientConfig } from './client-config.ts';
import { Declaration } from './declaration.ts';

/** JSON Schema for `cookieproof.yaml`, as editors use it (`# yaml-language-server: $schema=…`). */
export function declarationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Declaration, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://cookieproof.dev/schema/declaration-v1.json',
  };
}

export function clientConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ClientConfig, { io: 'output', unrepresentable: 'any' });
}

/** JSON Schema of any schema in this package, for OpenAPI documents built elsewhere. */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}
