import { errors, hints } from './errors.ts';
import { ui } from './ui.ts';

/** The English catalog; every language has the same shape (a test will compare them). */
export const en = { errors, hints, ui } as const;
export type Catalog = typeof en;
