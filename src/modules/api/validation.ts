import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import type { LanguageCode } from '../../db/schema.ts';
import { type Messages, messages } from '../../i18n/index.ts';
import { AppError } from '../../platform/errors.ts';

/** One problem with one field of a request: `path` is dotted ("names.vi.slug"), '' for the body. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A 400 VALIDATION_FAILED found by a rule after the schema (slug taken, parent invalid, …). */
export class FieldsError extends AppError {
  constructor(readonly fields: FieldProblem[]) {
    super('VALIDATION_FAILED', { detail: fields.map((field) => field.path).join(', ') });
  }
}

function valueAt(input: unknown, path: string[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

type Params = Record<string, unknown>;
const num = (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : 0);

function typeMessage(expected: unknown, t: Messages['apiAdmin']['validation']): string {
  switch (expected) {
    case 'string':
      return t.string;
    case 'int':
      return t.integer;
    case 'number':
      return t.number;
    case 'boolean':
      return t.boolean;
    case 'object':
      return t.object;
    case 'array':
      return t.array;
    case 'null':
      return t.nullValue;
    default:
      return t.type;
  }
}

function sizeMessage(code: string, params: Params, t: Messages['apiAdmin']['validation']): string {
  const small = code === 'too_small';
  const bound = num(small ? params.minimum : params.maximum);
  const exclusive = params.inclusive === false;
  switch (params.origin) {
    case 'string':
      if (small && bound <= 1) return t.empty;
      return small ? t.minLength(bound) : t.maxLength(bound);
    case 'array':
    case 'set':
      return small ? t.minItems(bound) : t.maxItems(bound);
    case 'number':
    case 'int':
    case 'bigint':
      // Exclusive bounds of whole numbers are shown as the nearest inclusive one.
      return small ? t.min(exclusive ? bound + 1 : bound) : t.max(exclusive ? bound - 1 : bound);
    default:
      return t.invalid;
  }
}

/** Localised field problems from the zod issues fastify-type-provider-zod reports. */
export function fieldProblems(
  issues: readonly ZodFastifySchemaValidationError[],
  input: unknown,
  lang: LanguageCode,
): FieldProblem[] {
  const t = messages(lang).apiAdmin.validation;
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const segments = issue.instancePath.split('/').filter(Boolean);
    const path = segments.join('.');
    const params = (issue.params ?? {}) as Params;
    switch (issue.keyword) {
      case 'invalid_type': {
        const missing = valueAt(input, segments) === undefined;
        problems.push({
          path,
          message: missing
            ? segments.length === 0
              ? t.missingBody
              : t.required
            : typeMessage(params.expected, t),
        });
        break;
      }
      case 'too_small':
      case 'too_big':
        problems.push({ path, message: sizeMessage(issue.keyword, params, t) });
        break;
      case 'invalid_value': {
        const values = Array.isArray(params.values) ? params.values.map((value) => String(value)) : [];
        problems.push({ path, message: values.length ? t.choice(values.join(', ')) : t.invalid });
        break;
      }
      case 'invalid_format':
        problems.push({ path, message: params.format === 'datetime' ? t.datetime : t.format });
        break;
      case 'not_multiple_of':
        problems.push({ path, message: t.integer });
        break;
      case 'unrecognized_keys': {
        const keys = Array.isArray(params.keys) ? params.keys.map((key) => String(key)) : [];
        for (const key of keys)
          problems.push({ path: [...segments, key].join('.'), message: t.unknownField });
        break;
      }
      default:
        problems.push({ path, message: t.invalid });
    }
  }
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sends 400 VALIDATION_FAILED with the field list (the catalogue's shape, plus `fields`). */
export function sendValidationFailed(
  request: FastifyRequest,
  reply: FastifyReply,
  fields: FieldProblem[],
): FastifyReply {
  return reply
    .code(400)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code: 'VALIDATION_FAILED',
        message: messages(request.lang).errors.validationBody,
        requestId: request.id,
        fields,
      },
    });
}
