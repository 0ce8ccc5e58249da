/**
 * Fills `{name}` placeholders in an interface string passed to a browser script through a data-*
 * attribute, so the words stay in src/i18n and scripts hold none. Unknown placeholders are left as they are.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
