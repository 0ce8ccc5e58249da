import { describe, expect, it } from 'vitest';
import { CostSchema } from '../../../src/schemas/cost.ts';
import { LocationSchema } from '../../../src/schemas/location.ts';
import {
  LanguageTagSchema,
  LastVerifiedSchema,
  LineSchema,
  Translatable,
  WebUrlSchema,
} from '../../../src/schemas/primitives.ts';
import { ScheduleRuleSchema } from '../../../src/schemas/schedule.ts';
import { HoursSchema } from '../../../src/schemas/service.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('short forms authors may write are expanded once, in the schema', () => {
  it('cost: a bare word becomes an object, a fee keeps its description', () => {
    expect(CostSchema.parse('free')).toEqual({ kind: 'free' });
    expect(CostSchema.parse('donation')).toEqual({ kind: 'donation' });
    expect(CostSchema.parse({ kind: 'fee', description: '$10' })).toEqual({
      kind: 'fee',
      description: { und: '$10' },
    });
  });

  it('translatable text: plain text is stored as untagged, a map by canonical language tag', () => {
    const Text = Translatable(LineSchema(50));
    expect(Text.parse('Weekly group')).toEqual({ und: 'Weekly group' });
    expect(Text.parse({ EN: 'Weekly group', es: 'Grupo semanal', 'zh-hant': '每週小組' })).toEqual({
      en: 'Weekly group',
      es: 'Grupo semanal',
      'zh-Hant': '每週小組',
    });
    expect(Text.safeParse({}).success).toBe(false);
    expect(Text.safeParse({ 'not a tag': 'x' }).success).toBe(false);
    expect(Text.safeParse({ es: '<b>hola</b>' }).success).toBe(false);
  });

  it('hours: 24/7, by_appointment and a list of rules all become one shape', () => {
    expect(HoursSchema.parse('24/7')).toEqual({ kind: 'always', rules: [] });
    expect(HoursSchema.parse('by_appointment')).toEqual({ kind: 'appointment', rules: [] });
    const scheduled = HoursSchema.parse([{ byday: ['MO', 'FR'], opens_at: '09:00', closes_at: '17:00' }]);
    expect(scheduled.kind).toBe('scheduled');
    expect(scheduled.rules[0]?.byday).toEqual([
      { ordinal: null, weekday: 'MO' },
      { ordinal: null, weekday: 'FR' },
    ]);
  });

  it('schedule rules: one day or a list, with defaults for freq and interval, and week numbers parsed', () => {
    expect(ScheduleRuleSchema.parse({ byday: 'tu', opens_at: '19:00', closes_at: '20:30' })).toEqual({
      freq: 'weekly',
      interval: 1,
      byday: [{ ordinal: null, weekday: 'TU' }],
      opens_at: '19:00',
      closes_at: '20:30',
    });
    const monthly = ScheduleRuleSchema.parse({
      freq: 'monthly',
      byday: ['2TU', '-1FR'],
      opens_at: '19:00',
      closes_at: '20:00',
    });
    expect(monthly.byday).toEqual([
      { ordinal: 2, weekday: 'TU' },
      { ordinal: -1, weekday: 'FR' },
    ]);
  });

  it('dates: a YAML date object and a string give the same text', () => {
    expect(LastVerifiedSchema.parse(new Date('2026-03-14T00:00:00Z'))).toBe('2026-03-14');
    expect(LastVerifiedSchema.parse('2026-03-14')).toBe('2026-03-14');
  });

  it('languages: tags are written in their canonical form', () => {
    expect(LanguageTagSchema.parse('zh-hans')).toBe('zh-Hans');
    expect(LanguageTagSchema.parse('EN')).toBe('en');
    expect(messages(LanguageTagSchema.safeParse('english!'))).toEqual([
      'is not a language tag — use a BCP 47 code such as en, es, zh-Hant or ase',
    ]);
  });
});

describe('rules that protect people', () => {
  it('an area location refuses a street and coordinates, explaining that the folder is public', () => {
    const result = LocationSchema.safeParse({
      kind: 'area',
      area: 'uptown',
      address_1: '1 Main St',
      latitude: 41.9,
    });
    expect(messages(result)).toHaveLength(2);
    for (const message of messages(result)) expect(message).toMatch(/content folder is public on GitHub/);
  });

  it('web addresses must be http(s): javascript: and data: are refused', () => {
    expect(WebUrlSchema.safeParse('https://example.org/').success).toBe(true);
    expect(messages(WebUrlSchema.safeParse('javascript:alert(1)'))[0]).toMatch(
      /"javascript:", which is not allowed/,
    );
    expect(WebUrlSchema.safeParse('data:text/html,hi').success).toBe(false);
  });

  it('a last_verified date in the future is refused', () => {
    expect(messages(LastVerifiedSchema.safeParse('2999-01-01'))[0]).toMatch(/is in the future/);
  });
});
