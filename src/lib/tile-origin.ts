/**
 * The origin map tiles come from, for the Content Security Policy's img-src and the privacy page:
 * undefined when the template is not a URL (the validator reports that; the policy then allows none).
 */
export function tileOrigin(template: unknown): string | undefined {
  try {
    return new URL(String(template).replace(/\{[a-z]\}/g, '0')).origin;
  } catch {
    return undefined;
  }
}
