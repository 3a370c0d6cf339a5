import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { type FieldErrors, SelectField, TextAreaField, TextField } from '../../../web/admin/form-kit.tsx';
import type { FieldDef } from '../definition.ts';
import { inputName, type RawValues } from '../fields.ts';
import { selectableOptions } from '../site-options.ts';

/**
 * Choices a form offers for relation, person, media and attachment fields, by field name; an
 * attachments field's search results under "{name}.found".
 */
export type FieldOptions = Record<string, { value: string; label: string; detail?: string }[]>;

/** Checkboxes for a field holding several values. */
function ChoiceList(props: {
  name: string;
  label: string;
  error: string | undefined;
  options: { value: string; label: string }[];
  chosen: Set<string>;
}) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset class="field-group choice-list" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.label}</legend>
      {props.error ? (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
      {props.options.map((option) => (
        <label key={option.value} class="checkbox">
          <input
            type="checkbox"
            name={props.name}
            value={option.value}
            checked={props.chosen.has(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A file of an attachments field: a ticked checkbox labelled by its name, then type and size. */
function FileChoice(props: {
  name: string;
  option: FieldOptions[string][number];
  checked: boolean;
  /** Move buttons of an attached file: "{field}:{id}" and the words, when it can move. */
  move?: { key: string; up?: string | undefined; down?: string | undefined };
}) {
  const { move } = props;
  return (
    <li>
      <label class="checkbox">
        <input type="checkbox" name={props.name} value={props.option.value} checked={props.checked} />{' '}
        {props.option.label}
      </label>
      {props.option.detail ? <span class="field-hint"> — {props.option.detail}</span> : null}
      {move?.up ? (
        <>
          {' '}
          <button
            type="submit"
            name="_move"
            value={`${move.key}:up`}
            class="button-secondary"
            aria-label={move.up}
          >
            ↑
          </button>
        </>
      ) : null}
      {move?.down ? (
        <>
          {' '}
          <button
            type="submit"
            name="_move"
            value={`${move.key}:down`}
            class="button-secondary"
            aria-label={move.down}
          >
            ↓
          </button>
        </>
      ) : null}
    </li>
  );
}

/**
 * An attachments field: the files attached (untick to detach), a file input for new files
 * (stored in the library when the form is saved) and a search of the library by name, which
 * posts the form back with what was typed (no script needed).
 */
function AttachmentsField(props: {
  ctx: AdminContext;
  field: FieldDef;
  error: string | undefined;
  attached: FieldOptions[string];
  found: FieldOptions[string] | undefined;
  term: string;
}) {
  const t = props.ctx.t.adminCollections;
  const name = inputName(props.field);
  const id = `f-${name.replace(/[._]/g, '-')}`;
  const errorId = `${id}-error`;
  return (
    <fieldset class="field-group attachments-field" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.field.label[props.ctx.lang]}</legend>
      {props.error ? (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
      {props.attached.length > 0 ? (
        <>
          <ul class="attachment-list">
            {props.attached.map((option, index) => (
              <FileChoice
                key={option.value}
                name={name}
                option={option}
                checked
                move={{
                  key: `${props.field.name}:${option.value}`,
                  up: index > 0 ? t.attachUp(option.label) : undefined,
                  down: index < props.attached.length - 1 ? t.attachDown(option.label) : undefined,
                }}
              />
            ))}
          </ul>
          <p class="field-hint">{t.attachedHint}</p>
        </>
      ) : (
        <p class="field-hint">{t.attachedNone}</p>
      )}
      <div class="field">
        <label for={`${id}-upload`}>{t.attachUpload}</label>
        <input
          type="file"
          id={`${id}-upload`}
          name={`${name}.upload`}
          multiple
          accept=".pdf,.docx,.doc,.xlsx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-upload-hint`}
        />
        <p class="field-hint" id={`${id}-upload-hint`}>
          {t.attachUploadHint}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-find`}>{t.attachFind}</label>
        <input type="search" id={`${id}-find`} name={`${name}.find`} value={props.term} maxLength={200} />{' '}
        <button type="submit" name="_find" value="1" class="button-secondary" formnovalidate>
          {t.attachFindButton}
        </button>
      </div>
      {props.found ? (
        props.found.length > 0 ? (
          <>
            <p class="field-hint">{t.attachFound}</p>
            <ul class="attachment-list">
              {props.found.map((option) => (
                <FileChoice key={option.value} name={name} option={option} checked={false} />
              ))}
            </ul>
          </>
        ) : (
          <p class="field-hint">{t.attachFoundNone}</p>
        )
      ) : null}
    </fieldset>
  );
}

/** One declared field as a labelled input of the form kit, keeping what the person typed. */
export function CollectionField(props: {
  ctx: AdminContext;
  field: FieldDef;
  raw: RawValues;
  errors: FieldErrors;
  options: FieldOptions;
  /** The language the item's text is in (the input's lang attribute). */
  lang: string;
  /** What was searched in the attachments fields' search boxes. */
  terms?: Record<string, string>;
}) {
  const { ctx, field, raw, errors } = props;
  const name = inputName(field);
  const label = field.label[ctx.lang];
  const common = {
    name,
    label,
    value: raw[field.name] ?? '',
    error: errors[name],
    hint: field.hint?.[ctx.lang],
    required: field.required === true,
  };
  const none = { value: '', label: ctx.t.adminCollections.noneOption };
  switch (field.kind) {
    case 'text':
      return (
        <TextField
          {...common}
          maxLength={field.maxLength ?? 500}
          type={
            field.format === 'tel'
              ? 'tel'
              : field.format === 'email'
                ? 'email'
                : field.format === 'url'
                  ? 'url'
                  : 'text'
          }
          {...(field.format === 'email' ? { autoComplete: 'off' } : {})}
          {...(field.localized ? { lang: props.lang } : {})}
        />
      );
    case 'richText':
      return <TextAreaField {...common} rows={10} richEditor lang={props.lang} />;
    case 'date':
      return <TextField {...common} type="date" />;
    case 'number':
      return <TextField {...common} inputMode="numeric" maxLength={10} />;
    case 'choice':
      return (
        <SelectField
          {...common}
          options={[
            none,
            ...selectableOptions(field.options, [raw[field.name] ?? '']).map((option) => ({
              value: option.value,
              label: option.label[ctx.lang],
            })),
          ]}
        />
      );
    case 'relation':
    case 'media':
    case 'attachment':
      return <SelectField {...common} options={[none, ...(props.options[field.name] ?? [])]} />;
    case 'choices': {
      const chosen = new Set((raw[field.name] ?? '').split('\n'));
      return (
        <ChoiceList
          name={name}
          label={label}
          error={errors[name]}
          options={selectableOptions(field.options, [...chosen]).map((option) => ({
            value: option.value,
            label: option.label[ctx.lang],
          }))}
          chosen={chosen}
        />
      );
    }
    case 'attachments':
      return (
        <AttachmentsField
          ctx={ctx}
          field={field}
          error={errors[name]}
          attached={props.options[field.name] ?? []}
          found={props.options[`${field.name}.found`]}
          term={props.terms?.[field.name] ?? ''}
        />
      );
    case 'person':
      return (
        <fieldset class="field-group">
          <legend>{label}</legend>
          <SelectField
            {...common}
            label={ctx.t.adminCollections.personPick}
            required={false}
            options={[none, ...(props.options[field.name] ?? [])]}
          />
          <TextField
            name={`${name}.name`}
            label={ctx.t.adminCollections.personName}
            value={raw[`${field.name}.name`] ?? ''}
            maxLength={200}
            lang={props.lang}
          />
        </fieldset>
      );
  }
}
