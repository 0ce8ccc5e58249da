import { dayslugs } from '../lib/paths.ts';
import { isoWeekday } from '../lib/schedule/calendar-date.ts';
import { describeTimeRange } from '../lib/schedule/describe-time-range.ts';
import { nextOccurrences } from '../lib/schedule/occurrences.ts';
import { clockTimeOf, instantAt, localTimeOf } from '../lib/schedule/zoned-time.ts';
import type { ScheduleRule } from '../schemas/schedule.ts';
import { weekdayCodes } from '../schemas/vocabularies.ts';

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
 * With `data-hours="3"` it lists instead the groups meeting now or starting within that many hours, past
 * midnight if need be ("meeting soon"). `data-label-now` marks meetings in progress; `data-label-zone`
 * ("Times are in {zone}.") names the zone by its abbreviation, such as CST.
 */
class CirclesToday extends HTMLElement {
  async connectedCallback() {
    const { src, timezone, lang = 'en', labelNone, labelOnline, labelNow, labelZone } = this.dataset;
    const hours = Number(this.dataset['hours'] ?? 0);
    const output = this.querySelector<HTMLElement>('[data-today-output]');
    if (!src || !timezone || !output) return;
    output.setAttribute('aria-busy', 'true');
    try {
      const now = new Date();
      const localToday = localTimeOf(now.getTime(), timezone).date;
      const until =
        hours > 0
          ? now.getTime() + hours * 3_600_000
          : instantAt(localToday + 1, { hour: 0, minute: 0 }, timezone) - 1;
      // The weekdays where the groups meet (which may differ from the visitor's own clock) that the
      // window touches: today, and tomorrow when "soon" runs past midnight.
      const slugOf = (instant: number) =>
        dayslugs[weekdayCodes[isoWeekday(localTimeOf(instant, timezone).date) - 1] ?? 'MO'];
      const days = [...new Set([now.getTime(), until].map(slugOf))];
      const files = await Promise.all(
        days.map(async (day) => (await (await fetch(src.replace('{day}', day))).json()) as MeetingRecord[]),
      );
      const groups = files.flat();
      const endOfDay = new Date(until);
      const today = groups
        .flatMap((group) =>
          nextOccurrences(group.rules, { from: now, timezone, until: endOfDay, count: 3 }).map(
            (occurrence) => ({
              group,
              occurrence,
            }),
          ),
        )
        // A rule meeting on both days is in both files: keep each meeting once.
        .filter(
          ({ group, occurrence }, index, all) =>
            all.findIndex(
              (other) => other.group.url === group.url && +other.occurrence.start === +occurrence.start,
            ) === index,
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
        const local = (instant: Date) => clockTimeOf(instant.getTime(), timezone);
        time.textContent = describeTimeRange(local(occurrence.start), local(occurrence.end), lang);
        const link = document.createElement('a');
        link.href = group.url;
        link.textContent = group.name;
        const where = [group.attendance === 'online' ? labelOnline : group.where].filter(Boolean).join('');
        const inProgress = labelNow && occurrence.start.getTime() <= now.getTime();
        item.append(time, ' ', link, where ? ` · ${where}` : '', inProgress ? ` · ${labelNow}` : '');
        list.append(item);
      }
      output.append(list);
      if (labelZone) {
        const zone = document.createElement('p');
        zone.className = 'meta';
        zone.textContent = labelZone.replace('{zone}', zoneAbbreviation(now, timezone));
        output.append(zone);
      }
      this.querySelector('[data-today-fallback]')?.setAttribute('hidden', '');
    } catch {
      // Keep the links to each day's list: they work without this script.
    } finally {
      output.removeAttribute('aria-busy');
    }
  }
}

function zoneAbbreviation(now: Date, timezone: string): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'short' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value ?? timezone
  );
}

if (!customElements.get('circles-today')) customElements.define('circles-today', CirclesToday);
