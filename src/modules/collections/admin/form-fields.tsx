import type { AdminContext } from '../../../web/admin/admin-context.ts';
import { type FieldErrors, SelectField, TextAreaField, TextField } from '../../../web/admin/form-kit.tsx';
import type { FieldDef } from '../definition.ts';
import { inputName, type RawValues } from '../fields.ts';
import { selectableOptions } from '../site-options.ts';

/** Choices a form offers for relation, person, media and attachment fields, by field name. */
export type FieldOptions = Record<string, { value: string; label: string }[]>;

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

/** One declared field as a labelled input of the form kit, keeping what the person typed. */
export function CollectionField(props: {
  ctx: AdminContext;
  field: FieldDef;
  raw: RawValues;
  errors: FieldErrors;
  options: FieldOptions;
  /** The language the item's text is in (the input's lang attribute). */
  lang: string;
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
    case 'attachments': {
      const chosen = (raw[field.name] ?? '').split('\n').filter(Boolean);
      const all = props.options[field.name] ?? [];
      // The chosen files first, in their order; then the rest of the library.
      const ordered = [
        ...chosen.flatMap((value) => all.filter((option) => option.value === value)),
        ...all.filter((option) => !chosen.includes(option.value)),
      ];
      return (
        <ChoiceList
          name={name}
          label={label}
          error={errors[name]}
          options={ordered}
          chosen={new Set(chosen)}
        />
      );
    }
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
