import type { TFunction } from 'i18next';

/**
 * t() for keys computed at run time (validation issues, error codes and hints): their params are
 * known only then, so the compile-time check of params has to step aside here.
 */
export function translateDynamic(t: TFunction, key: string, params?: object): string {
  return (t as unknown as (key: string, options?: object) => string)(key, params);
}
