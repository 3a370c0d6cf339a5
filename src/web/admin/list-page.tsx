import type { ComponentChildren } from 'preact';
import { type LanguageCode, languages } from '../../i18n/index.ts';
import type { AdminContext } from './admin-context.ts';
import { AdminLayout } from './admin-layout.tsx';
import { ListHeader } from './form-kit.tsx';

/**
 * The frame every admin list screen shares (heading, notice, intro, add button, then either the
 * empty message or the list), so categories, pages, users and collections cannot drift apart.
 */
export function AdminListPage(props: {
  ctx: AdminContext;
  texts: { title: string; intro: string; add: string; empty: string };
  /** Where the add button leads. */
  add: string;
  done: unknown;
  /** No items: show the empty message instead of the list. */
  empty: boolean;
  /** Shown between the intro and the add button: language tabs, filters. */
  header?: ComponentChildren;
  children: ComponentChildren;
}) {
  const { ctx, texts } = props;
  return (
    <AdminLayout ctx={ctx} title={texts.title}>
      <ListHeader
        ctx={ctx}
        title={texts.title}
        intro={texts.intro}
        done={props.done}
        add={{ href: props.add, label: texts.add }}
      >
        {props.header}
      </ListHeader>
      {props.empty ? <p>{texts.empty}</p> : props.children}
    </AdminLayout>
  );
}

/** The tabs that switch an admin list between the content languages. */
export function LanguageTabs(props: {
  ctx: AdminContext;
  label: string;
  current: LanguageCode;
  /** The list's address; each tab adds `?lang=`. */
  base: string;
}) {
  const names = props.ctx.t.adminForms.languageNames;
  return (
    <nav aria-label={props.label}>
      <ul class="admin-tabs">
        {languages.map((code) => (
          <li key={code}>
            <a href={`${props.base}?lang=${code}`} aria-current={code === props.current ? 'page' : undefined}>
              {names[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
