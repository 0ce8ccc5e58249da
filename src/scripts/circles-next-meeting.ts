import { fillTemplate } from '../lib/fill-template.ts';
import { type CardPhrases, cardTimeText } from '../lib/finder/card-time.ts';
import { meetingNow, nextMeeting } from '../lib/schedule/meeting-now.ts';
import type { ScheduleRule } from '../schemas/schedule.ts';

/** The card phrases as the page writes them, with `{until}`, `{when}`, `{day}` and `{time}` to fill in. */
type PhraseTemplates = { [K in keyof CardPhrases]: string };

function phrasesFrom(templates: PhraseTemplates): CardPhrases {
  return {
    ...templates,
    now: (until: string) => fillTemplate(templates.now, { until }),
    next: (when: string) => fillTemplate(templates.next, { when }),
    openNow: (until: string) => fillTemplate(templates.openNow, { until }),
    opensAt: (when: string) => fillTemplate(templates.opensAt, { when }),
    at: (day: string, time: string) => fillTemplate(templates.at, { day, time }),
    distance: (distance: string) => fillTemplate(templates.distance, { distance }),
    aboutDistance: (distance: string) => fillTemplate(templates.aboutDistance, { distance }),
    zone: (zone: string) => fillTemplate(templates.zone, { zone }),
  };
}

/**
 * <circles-next-meeting data-rules data-kind data-always data-timezone data-lang data-phrases>
 * Adds, on the visitor's clock, the line a finder card has: "Meeting now, until 8:00 pm", "Next: today at
 * 6:30 pm", "Open now, until 5:00 pm", "Opens tomorrow at 9:00 am". Without it the page is complete.
 */
class CirclesNextMeeting extends HTMLElement {
  connectedCallback() {
    const { rules, timezone, lang = 'en', phrases, kind } = this.dataset;
    if (!rules || !timezone || !phrases) return;
    const parsed = JSON.parse(rules) as ScheduleRule[];
    const now = new Date();
    const occurrence = meetingNow(parsed, now, timezone) ?? nextMeeting(parsed, now, timezone);
    const meeting = occurrence && { start: occurrence.start.getTime(), end: occurrence.end.getTime() };
    const entry = {
      kind: kind === 'service' ? ('service' as const) : ('group' as const),
      paused: false,
      always: 'always' in this.dataset,
    };
    const text = cardTimeText(
      entry,
      meeting,
      now.getTime(),
      timezone,
      lang,
      phrasesFrom(JSON.parse(phrases)),
    );
    if (!text) return;
    this.textContent = text.text;
    this.classList.toggle('is-now', text.now);
  }
}

if (!customElements.get('circles-next-meeting'))
  customElements.define('circles-next-meeting', CirclesNextMeeting);
