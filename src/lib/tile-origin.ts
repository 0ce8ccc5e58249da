/**
 * The origin map tiles come from, for the Content Security Policy's img-src and the privacy page:
 * undefined when the template is not a URL (the validator reports that; the policy then allows none).
 */
export function tileOrigin(template: unknown): string | undefined {
  try {
    const origin = new URL(String(template).replace(/\{[a-z]\}/g, '0')).origin;
    // Only a plain origin may reach the policy: never one that could read as another directive.
    return /^https:\/\/[a-z0-9.-]+(?::\d+)?$/.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}
