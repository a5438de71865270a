import { z } from 'zod';
import { curVersionFromConsole } from './cur-version';

// Reading the export type needs no zod (cur-version.ts), so the console's Billing script stays small.
export * from './cur-version';

export const curVersionSchema = z.preprocess(
  (input) => (typeof input === 'number' ? String(input) : typeof input === 'string' ? (curVersionFromConsole(input) ?? input.trim()) : input),
  z.enum(['1', '2'], { error: 'Choose the export type: 2 for a standard data export (CUR 2.0), 1 for a legacy CUR export.' }),
);
