import type { CatalogShape } from '../catalog-shape.ts';
import type { Catalog } from '../en/index.ts';
import { errors, hints } from './errors.ts';
import { ui } from './ui.ts';

/** The Simplified Chinese catalog; the compiler holds it to the English keys, the parity test to the rest. */
export const zhCN = { errors, hints, ui } satisfies CatalogShape<Catalog>;
