import { z } from './zod';
import { designSchema } from './design/schema';
import { faultScriptSchema } from './faults/script';

/**
 * The JSON Schema of the current design format, for editors (VS Code: `"$schema": "…/schema/design.schema.json"`).
 * Generated from the zod schema, so it cannot drift; schema/design.schema.json is this, committed, and a
 * test fails when it is stale (regenerate: `npm run sim -- --write-schema`).
 */
export function designJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(designSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const properties = (generated.properties ?? {}) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'https://failover-lab.local/schema/design.schema.json',
    title: 'Failover Lab design',
    description: 'A whole Failover Lab design: sites, links, nodes, relations, clusters, parameters and the seed. See docs/design-format.md.',
    // Editors may add "$schema" to a file; the app ignores it.
    properties: { $schema: { type: 'string' }, ...properties },
  };
}

/** The committed file's text: stable key order, two-space indent, trailing newline. */
export function designJsonSchemaText(): string {
  return `${JSON.stringify(designJsonSchema(), null, 2)}\n`;
}

/** The JSON Schema of fault scripts (schema/fault-script.schema.json), generated the same way. */
export function faultScriptJsonSchemaText(): string {
  const generated = z.toJSONSchema(faultScriptSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = (generated.properties ?? {}) as Record<string, unknown>;
  const schema = {
    ...generated,
    $id: 'https://failover-lab.local/schema/fault-script.schema.json',
    title: 'Failover Lab fault script',
    description: 'Timed faults to inject into a design: steps of { "at": "30s", "kind": …, "target": … }. See docs/design-format.md.',
    properties: { $schema: { type: 'string' }, ...properties },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
