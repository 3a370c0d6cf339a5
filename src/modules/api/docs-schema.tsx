import type { VNode } from 'preact';
import type { LanguageCode } from '../../db/schema.ts';
import { messages } from '../../i18n/index.ts';

/** Renders a JSON Schema of the OpenAPI document as nested, readable lists (for the docs page). */

export type Json = Record<string, unknown>;
export type T = ReturnType<typeof messages>['apiAdmin']['docs'];

const MAX_DEPTH = 8;

export const asObject = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Text in the page's language: English from the `x-…-en` twin when asked for. */
export function localized(node: Json, key: 'summary' | 'description', lang: LanguageCode): string {
  const english = text(node[`x-${key}-en`]);
  return lang !== 'vi' && english ? english : text(node[key]);
}

export const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1).replace(/(Input|Output)$/, '');

function resolve(doc: Json, schema: Json, seen: Set<string>): { schema: Json; ref?: string } {
  const ref = text(schema.$ref);
  if (!ref.startsWith('#/')) return { schema };
  // A schema inside itself (the category tree) is named, not expanded again.
  if (seen.has(ref)) return { schema: { title: refName(ref) }, ref };
  let target: unknown = doc;
  for (const part of ref.slice(2).split('/')) target = asObject(target)[decodeURIComponent(part)];
  return { schema: asObject(target), ref };
}

/** The non-null alternatives of a schema, and whether null is allowed. */
function alternatives(schema: Json): { options: Json[]; nullable: boolean } {
  const union = asArray(schema.anyOf).length ? asArray(schema.anyOf) : asArray(schema.oneOf);
  const options = union.map(asObject).filter((option) => option.type !== 'null');
  const types = asArray(schema.type);
  return {
    options,
    nullable: union.length > options.length || types.includes('null') || schema.nullable === true,
  };
}

/** A short type name: "string (date-time)", "integer", "array", "object". */
export function typeName(schema: Json): string {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (type): type is string => typeof type === 'string' && type !== 'null',
  );
  let name = types.join(' | ');
  const union = asArray(schema.anyOf).length ? asArray(schema.anyOf) : asArray(schema.oneOf);
  if (!name && union.length) {
    name = [
      ...new Set(
        union
          .map(asObject)
          .filter((option) => option.type !== 'null')
          .map(typeName),
      ),
    ].join(' | ');
  }
  if (!name && typeof schema.title === 'string') name = schema.title;
  if (!name)
    name = schema.properties ? 'object' : schema.enum || schema.const !== undefined ? 'string' : 'any';
  if (name === 'array') {
    const items = asObject(schema.items);
    const inner = items.$ref ? refName(text(items.$ref)) : typeName(items);
    name = `array<${inner}>`;
  }
  const format = text(schema.format);
  return format ? `${name} (${format})` : name;
}

/** Constraints worth telling a client: allowed values, bounds, default. */
export function constraints(schema: Json, t: T): string[] {
  const notes: string[] = [];
  const values = schema.const !== undefined ? [schema.const] : asArray(schema.enum);
  if (values.length) notes.push(t.allowed(values.map((value) => JSON.stringify(value)).join(', ')));
  const bound = (min: unknown, max: unknown) => {
    const safe = (value: unknown) => typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER;
    if (safe(min) && safe(max)) return `${min}–${max}`;
    if (safe(min)) return `≥ ${min}`;
    if (safe(max)) return `≤ ${max}`;
    return '';
  };
  const range =
    bound(schema.minLength, schema.maxLength) ||
    bound(schema.minimum, schema.maximum) ||
    bound(schema.minItems, schema.maxItems);
  if (range) notes.push(t.range(range));
  if (schema.default !== undefined) notes.push(t.defaultValue(JSON.stringify(schema.default)));
  return notes;
}

interface ViewProps {
  doc: Json;
  schema: Json;
  lang: LanguageCode;
  t: T;
  depth: number;
  seen: Set<string>;
}

/** One schema, readable: its type and constraints, and its properties or items below. */
export function SchemaView(props: ViewProps): VNode | null {
  const { doc, lang, t, depth } = props;
  const resolved = resolve(doc, props.schema, props.seen);
  const schema = resolved.schema;
  const seen = resolved.ref ? new Set([...props.seen, resolved.ref]) : props.seen;
  if (depth > MAX_DEPTH) return null;
  const { options, nullable } = alternatives(schema);
  if (options.length > 1) {
    return (
      <div class="schema-union">
        <p>{nullable ? `${t.oneOf} (${t.nullable})` : t.oneOf}</p>
        <ol>
          {options.map((option, index) => (
            <li key={index}>
              <span class="schema-notes">{[typeName(option), ...constraints(option, t)].join(' · ')}</span>
              {hasStructure(option) ? (
                <SchemaView {...props} schema={option} seen={seen} depth={depth + 1} />
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    );
  }
  const single = options.length === 1 ? { ...options[0], description: schema.description } : schema;
  const properties = asObject(single.properties);
  const required = new Set(asArray(single.required).map(String));
  if (Object.keys(properties).length > 0) {
    return (
      <ul class="schema-properties">
        {Object.entries(properties).map(([name, raw]) => {
          const child = resolve(doc, asObject(raw), seen);
          const inner = alternatives(child.schema);
          const shown =
            inner.options.length === 1 ? { ...inner.options[0], ...pick(child.schema) } : child.schema;
          const notes = [
            typeName(shown),
            required.has(name) ? t.paramRequired.toLowerCase() : '',
            inner.nullable ? t.nullable : '',
            ...constraints(shown, t),
          ].filter(Boolean);
          const nested = hasStructure(shown) ? (
            <SchemaView {...props} schema={shown} seen={seen} depth={depth + 1} />
          ) : null;
          return (
            <li key={name}>
              <code class="schema-name">{name}</code> <span class="schema-notes">{notes.join(' · ')}</span>
              {localized(shown, 'description', lang) ? (
                <span class="schema-description"> — {localized(shown, 'description', lang)}</span>
              ) : null}
              {nested}
            </li>
          );
        })}
      </ul>
    );
  }
  if (typeName(single).startsWith('array')) {
    return (
      <div class="schema-items">
        <p>
          {t.items}
          {messages(lang).colon}
          <span class="schema-notes">{typeName(resolve(doc, asObject(single.items), seen).schema)}</span>
        </p>
        <SchemaView {...props} schema={asObject(single.items)} seen={seen} depth={depth + 1} />
      </div>
    );
  }
  if (depth > 0) return null;
  const notes = [typeName(single), nullable ? t.nullable : '', ...constraints(single, t)].filter(Boolean);
  return <p class="schema-notes">{notes.join(' · ')}</p>;
}

/** Description keys of a wrapper (nullable union) that the inner schema should keep. */
function pick(schema: Json): Json {
  const kept: Json = {};
  for (const key of ['description', 'x-description-en', 'default'])
    if (schema[key] !== undefined) kept[key] = schema[key];
  return kept;
}

function hasStructure(schema: Json): boolean {
  return (
    Object.keys(asObject(schema.properties)).length > 0 ||
    schema.type === 'array' ||
    alternatives(schema).options.length > 1
  );
}
