import type { FinderStrings } from '../../i18n/en/finder.ts';
import { describeClockTime } from '../schedule/describe-time-range.ts';
import { dayFormat } from '../schedule/format-occurrence.ts';
import { clockTimeOf, localTimeOf } from '../schedule/zoned-time.ts';
import type { FinderEntry } from './finder-entries.ts';

/** The words a card's time line is made of (the finder's `card` strings). */
export type CardPhrases = FinderStrings['card'];

/** "today at 6:30 pm", "tomorrow at 9:00 am", "Tuesday, December 8 at 6:30 pm", in the site's zone. */
export function startText(
  start: number,
  now: number,
  timezone: string,
  lang: string,
  card: CardPhrases,
): string {
  const time = describeClockTime(clockTimeOf(start, timezone), lang);
  const days = localTimeOf(start, timezone).date - localTimeOf(now, timezone).date;
  const day = days === 0 ? card.today : days === 1 ? card.tomorrow : dayFormat(lang, timezone).format(start);
  return card.at(day, time);
}

/**
 * What a card says about time, worked out on the visitor's clock: a group meeting now (until when) or
 * its next meeting; a service open now, when it opens, open 24 hours, or by appointment. Nothing for a
 * paused entry, whose card says it is paused.
 */
export function cardTimeText(
  entry: Pick<FinderEntry, 'kind' | 'paused' | 'always'>,
  meeting: { start: number; end: number } | undefined,
  now: number,
  timezone: string,
  lang: string,
  card: CardPhrases,
): { text: string; now: boolean } | undefined {
  if (entry.paused) return undefined;
  const service = entry.kind === 'service';
  if (entry.always) return { text: card.open24, now: true };
  if (!meeting) return service ? { text: card.byAppointment, now: false } : undefined;
  if (meeting.start <= now && now < meeting.end) {
    const until = describeClockTime(clockTimeOf(meeting.end, timezone), lang);
    return { text: service ? card.openNow(until) : card.now(until), now: true };
  }
  const when = startText(meeting.start, now, timezone, lang, card);
  return { text: service ? card.opensAt(when) : card.next(when), now: false };
}
