import { describe, expect, it } from 'vitest';
import { BrokenReferenceError, buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { group, sampleContent, service } from './sample-content.ts';

const TODAY = '2026-11-26';

describe('building the directory', () => {
  it('sorts entries by name, whatever order the files came in', () => {
    const directory = buildDirectory(sampleContent(), TODAY);
    expect(directory.groups.map((g) => g.id)).toEqual(['a-group', 'b-group']);
  });

  it('lists closed groups last, and leaves them out of the weekday lists', () => {
    const directory = buildDirectory(
      sampleContent({
        groups: [group('a-closed', { status: 'closed', alert: 'Closed in June.' }), group('b-open')],
      }),
      TODAY,
    );
    expect(directory.groups.map((g) => g.id)).toEqual(['b-open', 'a-closed']);
    expect(directory.groupsByWeekday.get('TU')?.map((listing) => listing.group.id)).toEqual(['b-open']);
  });

  it('orders a weekday list by start time', () => {
    const directory = buildDirectory(
      sampleContent({
        groups: [
          group('a-evening', { meetings: [{ byday: 'TU', opens_at: '19:00', closes_at: '20:00' }] }),
          group('b-morning', {
            meetings: [{ freq: 'monthly', byday: '2TU', opens_at: '09:00', closes_at: '10:00' }],
          }),
        ],
      }),
      TODAY,
    );
    expect(directory.groupsByWeekday.get('TU')?.map((listing) => listing.group.id)).toEqual([
      'b-morning',
      'a-evening',
    ]);
    expect(directory.groupsByWeekday.get('WE')).toEqual([]);
  });

  it('files entries under each of their topics and their area, groups before services', () => {
    const directory = buildDirectory(
      sampleContent({ groups: [group('g', { topics: ['grief', 'hiv'] })], services: [service('s')] }),
      TODAY,
    );
    expect(directory.entriesByTopic.get('hiv')?.map((e) => e.id)).toEqual(['g', 's']);
    expect(directory.entriesByTopic.get('grief')?.map((e) => e.id)).toEqual(['g']);
    expect(directory.entriesByArea.get('uptown')?.map((e) => e.id)).toEqual(['g']);
    expect(directory.entriesByArea.get('pilsen')).toEqual([]);
  });

  it('refuses to build when a reference points at nothing, naming both files', () => {
    const content = sampleContent({
      groups: [group('lost', { topics: ['grief', 'griefs'], organization: 'nobody' })],
    });
    expect(() => buildDirectory(content, TODAY)).toThrow(BrokenReferenceError);
    expect(() => buildDirectory(content, TODAY)).toThrow(
      /content\/groups\/lost\.yaml {2}topics\.1 {2}names "griefs", which is not in content\/topics\.yaml[\s\S]*organization {2}names "nobody", which is not in content\/organizations\//,
    );
  });

  it('gives the same result for the same input', () => {
    expect(JSON.stringify(buildDirectory(sampleContent(), TODAY).groups)).toBe(
      JSON.stringify(buildDirectory(sampleContent(), TODAY).groups),
    );
  });
});
