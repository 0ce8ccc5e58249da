import type { FinderStrings } from '../../i18n/en/finder.ts';
import { cardTimeText } from '../../lib/finder/card-time.ts';
import type { FinderEngine, FinderResult } from '../../lib/finder/finder-engine.ts';
import { formatDistance } from '../../lib/geo/format-distance.ts';
import '../circles-my-list-button.ts';

export interface CardContext {
  engine: FinderEngine;
  strings: FinderStrings;
  lang: string;
  unit: 'km' | 'mi';
}

/**
 * A result's card: the site's own card for the entry (from the cards files), with what only the
 * visitor's clock and chosen place can say filled in — meeting now or next, open now, the distance.
 */
export function fillCard(template: Element, result: FinderResult, context: CardContext): HTMLElement {
  const card = template.cloneNode(true) as HTMLElement;
  const { engine, strings, lang } = context;
  const time = cardTimeText(
    result.entry,
    result.meeting,
    engine.now,
    engine.index.timezone,
    lang,
    strings.card,
  );
  const next = card.querySelector<HTMLElement>('[data-card-next]');
  if (next && time) {
    next.textContent = time.text;
    next.hidden = false;
    next.classList.toggle('is-now', time.now);
  }
  const distance = card.querySelector<HTMLElement>('[data-card-distance]');
  const point = result.entry.point;
  if (distance && result.km !== undefined && point) {
    const text = formatDistance(result.km, context.unit, lang);
    const span = distance.querySelector('span');
    if (span)
      span.textContent = point.approximate ? strings.card.aboutDistance(text) : strings.card.distance(text);
    distance.hidden = false;
  }
  return card;
}
