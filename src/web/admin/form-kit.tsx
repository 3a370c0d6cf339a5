import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren, VNode } from 'preact';
import type { z } from 'zod';
import { renderDocument } from '../render.ts';
import type { AdminContext } from './admin-context.ts';
import { Field, Notice, PostButton } from './admin-layout.tsx';

/**
 * Small helpers shared by the admin screens: reading url-encoded forms, turning zod issues into
 * field messages, and labelled inputs that keep what the person typed.
 */

export type FieldErrors = Record<string, string>;

/** A url-encoded body as read by @fastify/formbody: strings, or arrays for repeated names. */
export interface FormReader {
  /** One value, NFC-normalised, line endings unified, cut to `max` characters. */
  text(key: string, max?: number): string;
  /** Every value of a repeated field (checkbox lists). */
  list(key: string): string[];
  /** Was a checkbox ticked? */
  checked(key: string): boolean;
}

export function readForm(body: unknown): FormReader {
  const data = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const clean = (value: unknown, max: number) =>
    typeof value === 'string' ? value.normalize('NFC').replace(/\r\n?/g, '\n').slice(0, max) : '';
  return {
    text(key, max = 20_000) {
      const value = data[key];
      return clean(Array.isArray(value) ? value[0] : value, max);
    },
    list(key) {
      const value = data[key];
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return values.map((item) => clean(item, 200)).filter(Boolean);
    },
    checked(key) {
      const value = data[key];
      return value !== undefined && value !== '' && value !== '0';
    },
  };
}

/** The first message for each field path ("name.vi" for nested paths). */
export function issuesToErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!errors[key]) errors[key] = issue.message;
  }
  return errors;
}

/** Sends a rendered admin page (never cached). */
export function sendHtml(reply: FastifyReply, tree: VNode, status = 200) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .send(renderDocument(tree));
}

/** Who acted, for appendAudit. */
export function auditActor(request: FastifyRequest) {
  const user = request.auth?.user;
  return {
    actorId: user?.id ?? null,
    actorLabel: user?.email ?? 'anonymous',
    ip: request.ip,
    siteId: request.site?.id ?? null,
  };
}

/** The message for `?done=…` after a redirect (post/redirect/get). */
export function DoneNotice({ ctx, done }: { ctx: AdminContext; done: unknown }) {
  const t = ctx.t.adminForms;
  const text =
    done === 'saved' ? t.saved : done === 'created' ? t.created : done === 'deleted' ? t.deleted : '';
  return text ? <Notice kind="success">{text}</Notice> : null;
}

/**
 * The top of an admin list screen: its heading, the `?done=` notice, the introduction, anything
 * that chooses what the list shows (`children`, such as language tabs), then the add button.
 */
export function ListHeader(props: {
  ctx: AdminContext;
  title: string;
  intro: string;
  done: unknown;
  add: { href: string; label: string };
  children?: ComponentChildren;
}) {
  return (
    <>
      <h1>{props.title}</h1>
      <DoneNotice ctx={props.ctx} done={props.done} />
      <p>{props.intro}</p>
      {props.children}
      <p>
        <a class="button button-primary" href={props.add.href}>
          {props.add.label}
        </a>
      </p>
    </>
  );
}

/** The form-level error box shown above a form that failed validation. */
export function FormErrors({ ctx, errors }: { ctx: AdminContext; errors: FieldErrors }) {
  const form = errors._form;
  if (Object.keys(errors).length === 0) return null;
  return <Notice kind="error">{form ?? ctx.t.admin.formErrors}</Notice>;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

interface InputProps {
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  maxLength?: number;
  /** Defaults to the name with dots and underscores turned into hyphens. */
  id?: string;
}

const idOf = (props: { id?: string; name: string }) => props.id ?? `f-${props.name.replace(/[._]/g, '-')}`;

/** A labelled text input. */
export function TextField(
  props: InputProps & {
    type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'datetime-local' | 'url' | 'search';
    autoComplete?: string;
    inputMode?: 'numeric' | 'email' | 'tel';
    lang?: string;
  },
) {
  const id = idOf(props);
  return (
    <Field id={id} label={props.label} error={props.error} hint={props.hint}>
      <input
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        required={props.required}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        lang={props.lang}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      />
    </Field>
  );
}

/** A password input: required, and never filled in again when the form comes back with errors. */
export function PasswordField(props: {
  name: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  error?: string | undefined;
  hint?: string | undefined;
}) {
  return (
    <TextField
      name={props.name}
      label={props.label}
      type="password"
      autoComplete={props.autoComplete}
      value=""
      error={props.error}
      hint={props.hint}
      required
    />
  );
}

/** A labelled multi-line input. */
export function TextAreaField(props: InputProps & { rows?: number; richEditor?: boolean; lang?: string }) {
  const id = idOf(props);
  return (
    <Field id={id} label={props.label} error={props.error} hint={props.hint}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        maxLength={props.maxLength}
        lang={props.lang}
        data-rich-editor={props.richEditor ? '' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.value}
      </textarea>
    </Field>
  );
}

/**
 * A labelled drop-down list. A `placeholder` becomes an empty first option ("— Chọn vai trò —"):
 * HTML requires one on a `required` select of one row, so the browser can tell "nothing chosen".
 */
export function SelectField(
  props: Omit<InputProps, 'maxLength'> & {
    options: { value: string; label: string }[];
    placeholder?: string;
  },
) {
  const id = idOf(props);
  return (
    <Field id={id} label={props.label} error={props.error} hint={props.hint}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.placeholder === undefined ? null : (
          <option value="" selected={!props.options.some((option) => option.value === props.value)}>
            {props.placeholder}
          </option>
        )}
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A single checkbox with its label after it. */
export function CheckboxField(props: { name: string; label: string; checked: boolean; hint?: string }) {
  const id = `f-${props.name.replace(/[._]/g, '-')}`;
  return (
    <div class="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        value="1"
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />{' '}
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** A group of fields under a legend (one language's texts, a set of choices). */
export function Group(props: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="panel stack">
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}

/** A whole number from a form field, or undefined when it is not one. */
export function parseInteger(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^-?\d{1,9}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** Values of a JSON object for the audit log, without undefined members. */
export function snapshot<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The submit button under a form, then anything that belongs beside it. */
export function SubmitRow(props: { label: string; children?: ComponentChildren }) {
  return (
    <p>
      <button type="submit" class="button button-primary">
        {props.label}
      </button>
      {props.children}
    </p>
  );
}

/** "Lưu" under a form and, for a stored item of a tree, a link to add a child under it. */
export function SaveRow(props: {
  ctx: AdminContext;
  addChild?: { href: string; label: string } | undefined;
}) {
  return (
    <SubmitRow label={props.ctx.t.admin.save}>
      {' '}
      {props.addChild ? (
        <a class="button" href={props.addChild.href}>
          {props.addChild.label}
        </a>
      ) : null}
    </SubmitRow>
  );
}

/** The delete panel of an edit screen: a hint or the reason it was refused, and one confirm button. */
export function DeletePanel(props: {
  ctx: AdminContext;
  action: string;
  title: string;
  hint: string;
  error?: string | undefined;
}) {
  return (
    <section class="panel" aria-labelledby="delete-title">
      <h2 id="delete-title">{props.title}</h2>
      {props.error ? <Notice kind="error">{props.error}</Notice> : <p>{props.hint}</p>}
      <PostButton
        ctx={props.ctx}
        action={props.action}
        label={props.ctx.t.adminForms.deleteConfirm}
        class="button button-danger"
      />
    </section>
  );
}
