import { commonFields, defineCollection, type PublicEntry } from '../collections/index.ts';

/** The units as a tree: each unit under its parent, in display order. */
function UnitTree(props: { entries: PublicEntry[]; parent: number | null; depth: number }) {
  const children = props.entries.filter((entry) => {
    const parent = typeof entry.data.parent === 'number' ? entry.data.parent : null;
    const known = parent !== null && props.entries.some((candidate) => candidate.originalId === parent);
    return (known ? parent : null) === props.parent;
  });
  if (children.length === 0 || props.depth > 8) return null;
  return (
    <ul class={props.depth === 0 ? 'unit-tree' : undefined}>
      {children.map((entry) => (
        <li key={entry.originalId}>
          <a href={entry.url}>{entry.title}</a>
          {entry.summary ? <span class="unit-head"> — {entry.summary}</span> : null}
          <UnitTree entries={props.entries} parent={entry.originalId} depth={props.depth + 1} />
        </li>
      ))}
    </ul>
  );
}

/** Cơ cấu tổ chức: the agency's units, their functions, heads and contacts, shown as a tree. */
export const units = defineCollection({
  type: 'unit',
  plural: 'units',
  name: { vi: 'Cơ cấu tổ chức', en: 'Organisational structure', zh: '组织机构' },
  itemName: { vi: 'đơn vị', en: 'unit', zh: '单位' },
  intro: {
    vi: 'Các cơ quan, đơn vị trong bộ máy chính quyền tỉnh: chức năng, nhiệm vụ, người đứng đầu và thông tin liên hệ.',
    en: 'The bodies and units of the provincial government: functions and duties, heads and contacts.',
    zh: '省政府机构和单位：职能与任务、负责人及联系方式。',
  },
  path: { vi: 'to-chuc-bo-may', en: 'organisation', zh: 'organisation' },
  workflow: 'editorial',
  titleField: 'name',
  summaryFields: ['head'],
  columns: ['head', 'phone'],
  orderField: 'display_order',
  listBody: ({ entries }) => <UnitTree entries={entries} parent={null} depth={0} />,
  fields: [
    {
      name: 'name',
      kind: 'text',
      localized: true,
      required: true,
      maxLength: 200,
      label: { vi: 'Tên đơn vị', en: 'Name', zh: '单位名称' },
    },
    {
      name: 'parent',
      kind: 'relation',
      collection: 'unit',
      label: { vi: 'Đơn vị cấp trên', en: 'Parent unit', zh: '上级单位' },
    },
    {
      name: 'head',
      kind: 'person',
      collection: 'leader',
      label: { vi: 'Người đứng đầu', en: 'Head', zh: '负责人' },
    },
    {
      name: 'functions',
      kind: 'richText',
      localized: true,
      label: { vi: 'Chức năng, nhiệm vụ', en: 'Functions and duties', zh: '职能与任务' },
    },
    {
      name: 'address',
      kind: 'text',
      localized: true,
      maxLength: 300,
      label: { vi: 'Địa chỉ', en: 'Address', zh: '地址' },
    },
    commonFields.phone(),
    commonFields.email(),
    commonFields.displayOrder(),
  ],
});
