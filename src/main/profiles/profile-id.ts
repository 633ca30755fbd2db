/**
 * An id for a new profile, from its name: lower-case words joined by hyphens, as the command line
 * takes it (`--provider deepseek-work`), made unique with -2, -3. A name with no Latin letters or
 * digits (通义千问) falls back to the preset's id.
 */
export function newProfileId(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(slug)) return slug;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${slug}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** "DeepSeek", or "DeepSeek 2" when a profile already has that name, so the list stays readable. */
export function newProfileName(name: string, takenNames: ReadonlySet<string>): string {
  if (!takenNames.has(name)) return name;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${name} ${suffix}`;
    if (!takenNames.has(candidate)) return candidate;
  }
}
