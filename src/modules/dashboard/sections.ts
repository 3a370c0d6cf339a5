import type { AppServices } from '../../platform/services.ts';
import type { adminContext } from '../../web/admin/admin-context.ts';

/** Sections of the dashboard; features register theirs (my drafts, waiting for me, …). */
export interface DashboardSection {
  order: number;
  render: (ctx: ReturnType<typeof adminContext>, services: AppServices) => Promise<preact.JSX.Element | null>;
}

export const dashboardSections: DashboardSection[] = [];
