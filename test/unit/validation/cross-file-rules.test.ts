import { describe, expect, it } from 'vitest';
import {
  brokenReferences,
  duplicateIds,
  type LoadedFile,
  phoneProblem,
  pointOutside,
  type Region,
} from '../../../src/lib/validation/cross-file-rules.ts';

const chicago: Region = { name: 'Chicago', south: 41.6, west: -88.0, north: 42.15, east: -87.5 };
const homes = {
  topics: 'content/topics.yaml',
  areas: 'content/areas.yaml',
  organizations: 'content/organizations/',
};

const file = (collection: LoadedFile['collection'], id: string, data: unknown): LoadedFile => ({
  file: `content/${collection}/${id}.yaml`,
  collection,
  id,
  data,
});

describe('coordinates', () => {
  it('accepts a point inside the region', () => {
    expect(pointOutside(chicago, { latitude: 41.96, longitude: -87.65 })).toBeUndefined();
  });

  it('says latitude and longitude look swapped when the other way round is inside', () => {
    expect(pointOutside(chicago, { latitude: -87.65, longitude: 41.96 })).toEqual({
      field: 'latitude',
      message: expect.stringContaining(
        'latitude and longitude look swapped: write latitude: 41.96 and longitude: -87.65',
      ),
    });
  });

  it('names the coordinate that is outside, and the bounds', () => {
    expect(pointOutside(chicago, { latitude: 41.9, longitude: -80 })).toEqual({
      field: 'longitude',
      message: expect.stringContaining('longitude -88 to -87.5'),
    });
  });

  it('leaves impossible coordinates to the schema', () => {
    expect(pointOutside(chicago, { latitude: 141.9, longitude: -87.6 })).toBeUndefined();
    expect(pointOutside(chicago, { latitude: '41.9', longitude: -87.6 })).toBeUndefined();
  });
});

describe('phone numbers', () => {
  it('accepts local numbers, fictional 555-01xx numbers, short codes and international numbers', () => {
    for (const number of [
      '(312) 555-0142',
      '312-555-0142',
      '1 (800) 662-4357',
      '988',
      '211',
      '741741',
      '+44 20 7946 0958',
    ]) {
      expect(phoneProblem(number, 'US'), number).toBeUndefined();
    }
  });

  it('refuses numbers with digits missing or extra', () => {
    expect(phoneProblem('555-01', 'US')).toMatch(/^is too short for a phone number in US/);
    expect(phoneProblem('(312) 555-01423', 'US')).toMatch(/^is too long for a phone number in US/);
  });

  it('leaves values the schema refuses to the schema', () => {
    expect(phoneProblem('call us', 'US')).toBeUndefined();
    expect(phoneProblem(988, 'US')).toBeUndefined();
  });
});

describe('references', () => {
  const files = [
    file('topics', 'topics', [{ id: 'grief' }, { id: 'hiv' }]),
    file('areas', 'areas', [{ id: 'uptown' }]),
    file('organizations', 'lakeshore-positive', {}),
  ];

  it('names the missing id, the file it should be in, and the id it was probably meant to be', () => {
    const group = file('groups', 'circle', {
      topics: ['grief', 'grif'],
      location: { kind: 'area', area: 'uptwn' },
      organization: 'lakeshore-postive',
    });
    expect(
      brokenReferences([...files, group], homes).map((issue) => [issue.path.join('.'), issue.message]),
    ).toEqual([
      ['topics.1', 'names topic "grif", which is not in content/topics.yaml — did you mean grief?'],
      ['location.area', 'names area "uptwn", which is not in content/areas.yaml — did you mean uptown?'],
      [
        'organization',
        'names organization "lakeshore-postive", which has no file content/organizations/lakeshore-postive.yaml — did you mean lakeshore-positive?',
      ],
    ]);
  });

  it('still checks an entry that failed its schema, skipping values that are not ids', () => {
    const service = file('services', 'clinic', { topics: ['Not An Id', 'cancer'], name: 5 });
    expect(brokenReferences([...files, service], homes).map((issue) => issue.path.join('.'))).toEqual([
      'topics.1',
    ]);
  });

  it('does not report references into a file that could not be read', () => {
    const group = file('groups', 'circle', { topics: ['anything'], location: { area: 'anywhere' } });
    expect(brokenReferences([group], homes)).toEqual([]);
  });
});

describe('duplicate ids', () => {
  it('reports each use of an id, naming the other', () => {
    const areas = file('areas', 'areas', [
      { id: 'uptown', label: 'Uptown' },
      { id: 'pilsen', label: 'Pilsen' },
      { id: 'uptown', label: 'Uptown North' },
    ]);
    expect(duplicateIds(areas).map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['0.id', '"uptown" is also the id of "Uptown North" in this file — give each area its own id'],
      ['2.id', '"uptown" is also the id of "Uptown" in this file — give each area its own id'],
    ]);
  });
});
