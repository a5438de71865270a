/**
 * An accessible name that starts with the words on screen, then says what they act on (WCAG 2.5.3
 * "label in name": someone using voice control says what they see, "Copy policy", and a screen
 * reader still hears which policy). `full` is what a name without visible words would be, e.g.
 * "Copy Billing import policy"; its verb is dropped when the visible words already carry it.
 */
export function nameStartingWith(visible: React.ReactNode, full: string): string {
  if (typeof visible !== 'string' || visible.trim() === '') return full;
  const shown = visible.trim();
  if (full.toLowerCase().startsWith(shown.toLowerCase())) return full;
  const verb = shown.split(/\s+/)[0] ?? '';
  const about = full.toLowerCase().startsWith(`${verb.toLowerCase()} `) ? full.slice(verb.length + 1) : full;
  return `${shown}: ${about}`;
}
