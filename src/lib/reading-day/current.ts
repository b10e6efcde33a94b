/**
 * Which reading-day issue the home page features: the one of the as-of month; else the next one
 * to come (the nearest later month); else the latest one. Null when there are none.
 */
export function featuredIssue<T extends { month: string }>(issues: readonly T[], asOf: string): T | null {
  const month = asOf.slice(0, 7);
  const byMonth = [...issues].sort((a, b) => a.month.localeCompare(b.month));
  return byMonth.find((i) => i.month === month) ?? byMonth.find((i) => i.month > month) ?? byMonth[byMonth.length - 1] ?? null;
}

/** The heading of the home-page block for the featured issue. */
export function featuredHeading(issue: { month: string }, asOf: string): string {
  const month = asOf.slice(0, 7);
  if (issue.month === month) return 'Ngày đọc văn bản tháng này';
  return issue.month > month ? 'Ngày đọc văn bản sắp tới' : 'Ngày đọc văn bản gần nhất';
}
