/** "less than an hour ago", "about 3 hours ago": how long ago an export was created, for a warning. */
export function timeAgo(ageMs: number): string {
  const hours = Math.round(ageMs / 3_600_000);
  if (hours < 1) return 'less than an hour ago';
  return `about ${hours} hour${hours === 1 ? '' : 's'} ago`;
}
