import type { FinderStrings } from '../../i18n/en/finder.ts';

/**
 * The finder's card phrases as templates (`{until}`, `{when}`, `{day}`, `{time}`…) for a page to hand a
 * small script, so entry pages say "Meeting now, until 8:00 pm" in the same words as the finder's cards
 * without loading the finder's text.
 */
export function cardPhraseTemplates(strings: FinderStrings): Record<keyof FinderStrings['card'], string> {
  const card = strings.card;
  return {
    now: card.now('{until}'),
    next: card.next('{when}'),
    openNow: card.openNow('{until}'),
    opensAt: card.opensAt('{when}'),
    open24: card.open24,
    byAppointment: card.byAppointment,
    today: card.today,
    tomorrow: card.tomorrow,
    at: card.at('{day}', '{time}'),
    distance: card.distance('{distance}'),
    aboutDistance: card.aboutDistance('{distance}'),
    zone: card.zone('{zone}'),
  };
}
