import { DateTime } from 'luxon';
import { describeTimeRange } from '../lib/schedule/describe-time-range.ts';
import { nextOccurrences } from '../lib/schedule/occurrences.ts';
import type { ScheduleRule } from '../schemas/schedule.ts';

interface MeetingRecord {
  name: string;
  url: string;
  where: string | null;
  attendance: 'in_person' | 'online' | 'hybrid';
  rules: ScheduleRule[];
}

/**
 * <circles-today data-src="/data/meetings/{day}.json" data-timezone="…" data-lang="en" data-label-none="…">
 * Lists the groups still to meet today, in the site's time zone, computed from the schedule rules in the
 * visitor's browser. The server-rendered content (links to each day's list) stays for anyone without it.
 */
class CirclesToday extends HTMLElement {
  async connectedCallback() {
    const { src, timezone, lang = 'en', labelNone, labelOnline } = this.dataset;
    const output = this.querySelector<HTMLElement>('[data-today-output]');
    if (!src || !timezone || !output) return;
    output.setAttribute('aria-busy', 'true');
    try {
      // Today's weekday where the groups meet, which may differ from the visitor's own clock.
      const day = DateTime.now().setZone(timezone).setLocale('en').toFormat('cccc').toLowerCase();
      const response = await fetch(src.replace('{day}', day));
      const groups = (await response.json()) as MeetingRecord[];
      const now = new Date();
      const endOfDay = DateTime.fromJSDate(now).setZone(timezone).endOf('day').toJSDate();
      const today = groups
        .flatMap((group) =>
          nextOccurrences(group.rules, { from: now, timezone, until: endOfDay, count: 3 }).map(
            (occurrence) => ({
              group,
              occurrence,
            }),
          ),
        )
        .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
      output.replaceChildren();
      if (today.length === 0) {
        const none = document.createElement('p');
        none.textContent = labelNone ?? '';
        output.append(none);
        return;
      }
      const list = document.createElement('ul');
      list.className = 'today-list';
      for (const { group, occurrence } of today) {
        const item = document.createElement('li');
        const time = document.createElement('strong');
        // Shown in the site's zone even when a rule keeps another zone's clock.
        const local = (instant: Date) => DateTime.fromJSDate(instant).setZone(timezone).toFormat('HH:mm');
        time.textContent = describeTimeRange(local(occurrence.start), local(occurrence.end), lang);
        const link = document.createElement('a');
        link.href = group.url;
        link.textContent = group.name;
        const where = [group.attendance === 'online' ? labelOnline : group.where].filter(Boolean).join('');
        item.append(time, ' ', link, where ? ` · ${where}` : '');
        list.append(item);
      }
      output.append(list);
      this.querySelector('[data-today-fallback]')?.setAttribute('hidden', '');
    } catch {
      // Keep the links to each day's list: they work without this script.
    } finally {
      output.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('circles-today')) customElements.define('circles-today', CirclesToday);
