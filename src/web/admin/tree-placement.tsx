import type { ComponentChildren } from 'preact';
import { z } from 'zod';
import type { Messages } from '../../i18n/index.ts';
import { descendantIds } from '../../platform/tree.ts';
import { CheckboxField, type FieldErrors, SelectField, TextField } from './form-kit.tsx';

/**
 * Where an item of an admin tree (a category, a static page) stands: its parent, its position
 * among its siblings and whether the menu shows it. Categories and pages place their items by
 * the same rules, so the form fields, their validation and the tree list are written once here.
 */

/** How to read an item's parent (categories say `parentId`, page rows `parent_id`). */
export type ParentOf<T> = (item: T) => number | null;

/** The ids of an item and everything below it. */
export function subtreeIds<T extends { id: number }>(
  all: T[],
  parentOf: ParentOf<T>,
  id: number,
): Set<number> {
  return new Set(descendantIds(all, parentOf, id));
}

/** Options for a parent select: "no parent", then the tree indented, without `exclude`. */
export function parentOptions<T extends { id: number }>(input: {
  all: T[];
  parentOf: ParentOf<T>;
  labelOf: (item: T) => string;
  exclude: Set<number>;
  noParent: string;
}): { value: string; label: string }[] {
  const options = [{ value: '', label: input.noParent }];
  const walk = (parentId: number | null, depth: number) => {
    for (const item of input.all.filter((candidate) => input.parentOf(candidate) === parentId)) {
      if (input.exclude.has(item.id)) continue;
      options.push({ value: String(item.id), label: `${'— '.repeat(depth)}${input.labelOf(item)}` });
      walk(item.id, depth + 1);
    }
  };
  walk(null, 0);
  return options;
}

/** The form fields `parent_id` and `position` as strings: a chosen id or none, a small whole number or none. */
export function placementSchema(t: Messages['adminForms']) {
  return {
    parent_id: z.string().regex(/^(\d{1,9})?$/, t.choiceInvalid),
    position: z
      .string()
      .trim()
      .regex(/^(\d{1,6})?$/, t.outOfRange(0, 999999)),
  };
}

/**
 * Why a chosen parent cannot hold the item: it is not in the tree, or it is the item itself or
 * below it (a loop). Undefined when the parent is fine or there is none.
 */
export function parentProblem<T extends { id: number }>(input: {
  all: T[];
  parentOf: ParentOf<T>;
  parentId: number | null;
  itemId: number | undefined;
}): 'choiceInvalid' | 'parentInvalid' | undefined {
  const { all, parentId, itemId } = input;
  if (parentId === null) return undefined;
  if (!all.some((item) => item.id === parentId)) return 'choiceInvalid';
  if (itemId !== undefined && subtreeIds(all, input.parentOf, itemId).has(parentId)) return 'parentInvalid';
  return undefined;
}

/** The position given, or one after the last of the siblings (steps of ten leave room to insert). */
export function positionOrNext(given: string, siblingPositions: number[]): number {
  return given ? Number(given) : Math.max(0, ...siblingPositions) + 10;
}

/** The parent select, the position and "show in menu", with the feature's own labels. */
export function PlacementFields(props: {
  labels: { parent: string; position: string; positionHint: string; showInMenu: string };
  options: { value: string; label: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  showInMenu: boolean;
}) {
  const { labels, values, errors } = props;
  return (
    <>
      <SelectField
        name="parent_id"
        label={labels.parent}
        value={values.parent_id ?? ''}
        error={errors.parent_id}
        options={props.options}
      />
      <TextField
        name="position"
        label={labels.position}
        value={values.position ?? ''}
        error={errors.position}
        hint={labels.positionHint}
        inputMode="numeric"
        maxLength={6}
      />
      <CheckboxField name="show_in_menu" label={labels.showInMenu} checked={props.showInMenu} />
    </>
  );
}

/** The nested list of an admin tree; `children` draws one item's line. */
export function AdminTree<T extends { id: number }>(props: {
  all: T[];
  parentOf: ParentOf<T>;
  parentId?: number | null;
  children: (item: T) => ComponentChildren;
}) {
  const items = props.all.filter((item) => props.parentOf(item) === (props.parentId ?? null));
  if (items.length === 0) return null;
  return (
    <ul class="admin-tree">
      {items.map((item) => (
        <li key={item.id}>
          <div class="admin-tree-item">{props.children(item)}</div>
          <AdminTree all={props.all} parentOf={props.parentOf} parentId={item.id}>
            {props.children}
          </AdminTree>
        </li>
      ))}
    </ul>
  );
}
