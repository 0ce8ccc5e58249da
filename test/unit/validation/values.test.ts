import { describe, expect, it } from 'vitest';
import { TimeZoneSchema, WebUrlSchema } from '../../../src/schemas/primitives.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe('values a careless or hostile file may hold', () => {
  it('refuses a web address with a user name or password in it, which would publish them', () => {
    expect(messages(WebUrlSchema.safeParse('https://volunteer:hunter2@meet.example.org/room'))).toEqual([
      expect.stringMatching(/^holds a user name or password before the @/),
    ]);
    expect(messages(WebUrlSchema.safeParse('https://meet.example.org/room?user=guest'))).toEqual([]);
  });

  it('asks for a time zone written in other capitals to be written as its IANA name', () => {
    expect(messages(TimeZoneSchema.safeParse('america/chicago'))).toEqual([
      'is spelled differently from its IANA name — write America/Chicago',
    ]);
    expect(messages(TimeZoneSchema.safeParse('America/Chicago'))).toEqual([]);
    expect(messages(TimeZoneSchema.safeParse('Mars/Olympus'))).toEqual([
      'is not a time zone — use an IANA name such as America/Chicago or Europe/London',
    ]);
  });
});
