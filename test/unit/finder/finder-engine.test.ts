import { describe, expect, it } from 'vitest';
import { finder as strings } from '../../../src/i18n/en/finder.ts';
import { ui } from '../../../src/i18n/en/ui.ts';
import { languageName } from '../../../src/i18n/index.ts';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { buildFinderData } from '../../../src/lib/finder/build-finder-data.ts';
import { FinderEngine } from '../../../src/lib/finder/finder-engine.ts';
import { emptyQuery, type FinderQuery } from '../../../src/lib/finder/query.ts';
import { nameTokens, parseText } from '../../../src/lib/finder/text-query.ts';
import { buildVocabulary } from '../../../src/lib/finder/vocabulary.ts';
import { SynonymSchema } from '../../../src/schemas/synonyms.ts';
import { group, sampleContent, service } from '../directory/sample-content.ts';

/** Wednesday 2 December 2026, 6:00 pm in Chicago. */
const WEDNESDAY_EVENING = Date.parse('2026-12-02T18:00:00-06:00');

const at = (time: string) => ({
  opens_at: time,
  closes_at: `${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}:30`,
});
const content = sampleContent({
  groups: [
    group('weekly-wednesday', { name: 'Lantern Circle', meetings: [{ byday: 'WE', ...at('19:00') }] }),
    group('wednesday-morning', { meetings: [{ byday: 'WE', ...at('09:00') }] }),
    group('under-way', { meetings: [{ byday: 'WE', opens_at: '17:30', closes_at: '19:00' }] }),
    // 2 December is in an on-week of this fortnightly rule (its cycle starts on 18 November) …
    group('fortnightly-on', {
      meetings: [{ byday: 'WE', interval: 2, valid_from: '2026-11-18', ...at('19:30') }],
    }),
    // … and in an off-week of this one.
    group('fortnightly-off', {
      meetings: [{ byday: 'WE', interval: 2, valid_from: '2026-11-25', ...at('19:30') }],
    }),
    group('first-wednesday', { meetings: [{ freq: 'monthly', byday: '1WE', ...at('20:00') }] }),
    group('third-wednesday', { meetings: [{ freq: 'monthly', byday: '3WE', ...at('20:00') }] }),
    group('hybrid-grief', {
      attendance: 'hybrid',
      meetings: [{ byday: 'WE', ...at('19:00') }],
      online: { url: 'https://meet.example.org/grief' },
      languages: ['es'],
    }),
    group('online-only', {
      attendance: 'online',
      location: undefined,
      online: { url: 'https://meet.example.org/online' },
      meetings: [{ byday: 'TH', ...at('19:00') }],
    }),
    group('tuesday-morning-thursday-evening', {
      meetings: [
        { byday: 'TU', ...at('09:00') },
        { byday: 'TH', ...at('19:00') },
      ],
      accessibility: ['step-free', 'hearing-loop'],
    }),
    group('step-free-only', { accessibility: ['step-free'] }),
    group('in-pilsen', { location: { kind: 'area', area: 'pilsen' } }),
    group('closed-one', { status: 'closed', alert: 'Closed in 2026.' }),
  ],
  services: [
    service('always-open'),
    service('office-hours', {
      hours: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
    }),
    service('appointments', { hours: 'by_appointment' }),
  ],
});
const directory = buildDirectory(content, '2026-11-26');
const synonyms = [SynonymSchema.parse({ terms: ['bereavement', 'greif'], topics: ['grief'] })];
const data = buildFinderData(directory, { synonyms, ui, languageName: (tag) => languageName(tag, 'en') });
const engine = new FinderEngine(data.index, WEDNESDAY_EVENING);
const names = data.names.names.map(([, name, words]) => nameTokens(name, words));
const vocabulary = buildVocabulary(data.index, data.names.topics, strings);
const ignored = new Set(strings.words.ignored);

const ids = (query: Partial<FinderQuery>, text = '') => {
  const parsed = text ? parseText(text, vocabulary, ignored) : undefined;
  return engine
    .run({ ...emptyQuery(), ...query }, { parsed, names })
    .results.map((result) => data.names.names[result.entry.index]?.[0].split(':')[1]);
};

describe('the finder on a Wednesday evening', () => {
  it('finds tonight exactly the meetings of this evening: fortnightly and monthly only on their dates, none already over', () => {
    expect(ids({ when: 'tonight', kind: ['group'] }).sort()).toEqual(
      ['first-wednesday', 'fortnightly-on', 'hybrid-grief', 'under-way', 'weekly-wednesday'].sort(),
    );
  });

  it('counts a service open 24 hours as open tonight, and one open by appointment as not', () => {
    const tonight = ids({ when: 'tonight', kind: ['service'] });
    expect(tonight).toContain('always-open');
    expect(tonight).not.toContain('appointments');
    expect(tonight).not.toContain('office-hours');
  });

  it('finds what is meeting now, and sorts it first by default', () => {
    expect(ids({ when: 'now', kind: ['group'] })).toEqual(['under-way']);
    expect(ids({ kind: ['group'] })[0]).toBe('under-way');
  });

  it('finds a hybrid group both as online and as in person', () => {
    expect(ids({ attendance: ['online'] })).toContain('hybrid-grief');
    expect(ids({ attendance: ['in_person'] })).toContain('hybrid-grief');
    expect(ids({ attendance: ['in_person'] })).not.toContain('online-only');
  });

  it('asks one meeting to be both on the day and at the time of day chosen', () => {
    const tuesdayEvening = ids({ day: ['TU'], time: ['evening'] });
    expect(tuesdayEvening).not.toContain('tuesday-morning-thursday-evening');
    expect(ids({ day: ['TH'], time: ['evening'] })).toContain('tuesday-morning-thursday-evening');
  });

  it('adds access needs up: an entry must have every one chosen', () => {
    expect(ids({ access: ['step-free', 'hearing-loop'] })).toEqual(['tuesday-morning-thursday-evening']);
    expect(ids({ access: ['step-free'] }).sort()).toEqual([
      'step-free-only',
      'tuesday-morning-thursday-evening',
    ]);
  });

  it('counts each option as the results it would give with the other filters kept', () => {
    const query = { ...emptyQuery(), when: 'tonight' as const, kind: ['group'] };
    const { counts } = engine.run(query, { names });
    const count = (facet: string, value: string) => counts[facet]?.[value] ?? 0;
    expect(count('attendance', 'online')).toBe(ids({ ...query, attendance: ['online'] }).length);
    expect(count('attendance', 'online')).toBe(1);
    expect(count('kind', 'service')).toBe(ids({ when: 'tonight', kind: ['service'] }).length);
    expect(count('when', 'now')).toBe(ids({ kind: ['group'], when: 'now' }).length);
    expect(count('day', 'WE')).toBe(ids({ kind: ['group'], when: 'tonight', day: ['WE'] }).length);
    expect(count('day', 'TH')).toBe(0);
  });

  it('leaves closed entries out of the finder', () => {
    expect(ids({})).not.toContain('closed-one');
  });
});

describe('words typed in the finder', () => {
  it('understands a language, a topic by another name, and a time: "spanish bereavement tonight"', () => {
    const parsed = parseText('spanish bereavement tonight', vocabulary, ignored);
    expect([...(parsed.constraints.get('language') ?? [])]).toEqual(['es']);
    expect([...(parsed.constraints.get('topic') ?? [])]).toEqual(['grief']);
    expect([...(parsed.constraints.get('when') ?? [])]).toEqual(['tonight']);
    expect(parsed.words).toEqual([]);
    expect(ids({}, 'spanish bereavement tonight')).toEqual(['hybrid-grief']);
  });

  it('matches the other words against the start of words in names, ignoring case and accents', () => {
    expect(ids({}, 'lant')).toEqual(['weekly-wednesday']);
    expect(ids({}, 'LÁNTERN circle')).toEqual(['weekly-wednesday']);
    expect(ids({}, 'nowhere')).toEqual([]);
  });

  it('drops words that carry no meaning, and reads a misspelling listed in synonyms.yaml', () => {
    expect(parseText('a support group for greif', vocabulary, ignored).words).toEqual([]);
    expect(ids({ kind: ['group'] }, 'greif group').length).toBeGreaterThan(5);
  });
});

describe('distance in the finder', () => {
  const origin = { lat: 41.8565, lng: -87.6597 };
  it('sorts the whole result set by distance, approximate places by their area centre, those without a place last', () => {
    const { results, sort } = engine.run(emptyQuery(), { origin, names });
    expect(sort).toBe('nearest');
    const first = results[0];
    expect(data.names.names[first?.entry.index ?? -1]?.[0]).toBe('group:in-pilsen');
    expect(first?.entry.point?.approximate).toBe(true);
    expect(first?.km).toBeLessThan(0.01);
    const kms = results.map((result) => result.km ?? Number.POSITIVE_INFINITY);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    expect(results.at(-1)?.entry.point).toBeUndefined();
  });

  it('keeps entries with no public place in the results when the map area is searched', () => {
    const inPilsen = ids({ bbox: [-87.67, 41.85, -87.65, 41.86] });
    expect(inPilsen).toContain('in-pilsen');
    expect(inPilsen).toContain('online-only');
    expect(inPilsen).not.toContain('weekly-wednesday');
  });
});
