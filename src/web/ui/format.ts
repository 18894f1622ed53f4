// How the UI writes dates, stances and counts for people.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "27 Apr 2025", "Apr 2025" or "2025", as precise as the date is; "undated" for null. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && name) return `${Number(day)} ${name} ${year}`;
  if (name) return `${name} ${year}`;
  return year ?? date;
}

export const STANCE_LABEL: Record<string, string> = {
  assert: 'asserts',
  deny: 'denies',
  confirm: 'confirms',
  contest: 'contests',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
