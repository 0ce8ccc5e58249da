import { formatOccurrence, relativeDay } from '../lib/schedule/format-occurrence.ts';
import { meetingNow, nextMeeting } from '../lib/schedule/meeting-now.ts';
import type { ScheduleRule } from '../schemas/schedule.ts';

/**
 * <circles-next-meeting data-rules="[…]" data-timezone="America/Chicago" data-lang="en" data-label-*>
 * Adds "Next meeting: Tuesday 1 December, 6:30–8:00 pm (today)" under a schedule the page already shows
 * in words. It needs the visitor's clock, so it runs in the browser; without it the page is complete.
 */
class CirclesNextMeeting extends HTMLElement {
  connectedCallback() {
    const { rules, timezone, lang = 'en', labelNext, labelNow, labelToday, labelTomorrow } = this.dataset;
    if (!rules || !timezone) return;
    const parsed = JSON.parse(rules) as ScheduleRule[];
    const now = new Date();
    const current = meetingNow(parsed, now, timezone);
    const next = current ?? nextMeeting(parsed, now, timezone);
    if (!next) return;
    const when = formatOccurrence(next, { lang, timezone });
    const day = relativeDay(next, now, timezone, {
      today: labelToday ?? 'today',
      tomorrow: labelTomorrow ?? 'tomorrow',
    });
    this.textContent = `${current ? labelNow : labelNext}: ${when}${day ? ` (${day})` : ''}`;
  }
}

if (!customElements.get('circles-next-meeting'))
  customElements.define('circles-next-meeting', CirclesNextMeeting);
