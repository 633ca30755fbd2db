// `{{name}}` variables in prompts and headers, as Postman and Bruno write them. Resolved where the
// request is built, so a secret variable's value never needs to reach the window.

/** A name is letters, digits, `_`, `-` and `.`, with optional spaces inside the braces. */
const variablePattern = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export interface Resolution {
  text: string;
  /** Names used in the text that no variable defines, in order of first use; left as written. */
  missing: string[];
}

/** The names the text uses, each once, in order of first use. */
export function variableNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(variablePattern)) names.add(match[1] as string);
  return [...names];
}

/**
 * Replaces every `{{name}}` that `values` defines. A value is inserted as it is, never resolved
 * again, so a value containing braces cannot pull in another variable.
 */
export function resolveVariables(text: string, values: Readonly<Record<string, string>>): Resolution {
  const missing = new Set<string>();
  const resolved = text.replace(variablePattern, (whole, name: string) => {
    if (Object.hasOwn(values, name)) return values[name] as string;
    missing.add(name);
    return whole;
  });
  return { text: resolved, missing: [...missing] };
}
