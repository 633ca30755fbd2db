import { resolve } from 'node:path';

/** The checkout the CLI runs from (src/main/cli is three levels down). */
export const projectRoot = resolve(import.meta.dirname, '../../..');
