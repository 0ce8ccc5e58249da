import { uiLanguages, useStrings } from '../../i18n/index.ts';

/**
 * Our own exports write a sentence where a place is private ("Meets in Uptown; the exact place is
 * shared on request."). Read back, that sentence is not the group's directions: it is taken out, and
 * "given on request" tells an on-request place from an area-only one (HSDS and the feed have no field
 * for it).
 */
export function readExportPlaceText(
  text: string | undefined,
  areaLabel: string | undefined,
): { text?: string; onRequest: boolean } {
  if (!text) return { onRequest: false };
  let rest = text;
  let onRequest = false;
  for (const lang of uiLanguages) {
    const { place } = useStrings(lang).ui.openData;
    const sentences: [string, boolean][] = [
      [place.onRequest, true],
      ...(areaLabel
        ? ([
            [place.onRequestIn(areaLabel), true],
            [place.areaOnly(areaLabel), false],
          ] as [string, boolean][])
        : []),
    ];
    for (const [sentence, request] of sentences) {
      if (!rest.includes(sentence)) continue;
      rest = rest.replace(sentence, '');
      onRequest ||= request;
    }
  }
  const cleaned = rest.replace(/^\s+|\s+$/g, '').replace(/\n{3,}/g, '\n\n');
  return { ...(cleaned ? { text: cleaned } : {}), onRequest };
}
