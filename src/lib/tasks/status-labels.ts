/** Vietnamese names of task statuses, in the order the register shows them (most urgent first). */
import type { TaskStatus } from './types.ts';

export const STATUS_ORDER: readonly TaskStatus[] = ['overdue', 'due-soon', 'upcoming', 'recurring', 'ongoing', 'unspecified', 'done'];

export const STATUS_LABELS: Record<TaskStatus, string> = {
  overdue: 'Quá hạn – chưa có báo cáo',
  'due-soon': 'Sắp đến hạn (trong 30 ngày)',
  upcoming: 'Chưa đến hạn',
  recurring: 'Định kỳ',
  ongoing: 'Thường xuyên',
  unspecified: 'Chưa xác định thời hạn',
  done: 'Đã hoàn thành',
};

/** URL segment of each status for the register's static filter pages. */
export const STATUS_SLUGS: Record<TaskStatus, string> = {
  overdue: 'qua-han',
  'due-soon': 'sap-den-han',
  upcoming: 'chua-den-han',
  recurring: 'dinh-ky',
  ongoing: 'thuong-xuyen',
  unspecified: 'chua-xac-dinh',
  done: 'da-hoan-thanh',
};

/**
 * Anchor of the section of the due-soon status page that lists the recurring tasks with an
 * occurrence within 30 days (recurringDueSoon): they have no status of their own for it.
 */
export const RECURRING_SOON_ANCHOR = 'dinh-ky-sap-toi';

/** The list of recurring tasks with an occurrence within 30 days, as a site path. */
export const RECURRING_SOON_PATH = `/nhiem-vu/trang-thai/${STATUS_SLUGS['due-soon']}/#${RECURRING_SOON_ANCHOR}`;
