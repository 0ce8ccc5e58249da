import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { placesGeoJson } from '../../../src/lib/open-data/geojson.ts';
import { hsdsDataset } from '../../../src/lib/open-data/hsds/dataset.ts';
import { tabularFiles } from '../../../src/lib/open-data/hsds/tabular-files.ts';
import { groupsCalendar } from '../../../src/lib/open-data/ical.ts';
import { idMaker } from '../../../src/lib/open-data/ids.ts';
import { entryJsonLd, scriptJson } from '../../../src/lib/open-data/json-ld.ts';
import { meetingGuideFeed } from '../../../src/lib/open-data/meeting-guide.ts';
import { auditLocations } from '../../../src/lib/privacy/location-audit.ts';
import { groupsOfEveryLocationKind, sampleContent } from '../directory/sample-content.ts';

const TODAY = '2026-11-26';
const directory = buildDirectory(sampleContent({ groups: [...groupsOfEveryLocationKind()] }), TODAY);
const id = idMaker(directory.site);
const byId = (key: string) => directory.groups.find((group) => group.id === key);
const venue = byId('venue');
const secret = byId('secret');
const hidden = byId('private');
if (!venue || !secret || !hidden || venue.location.kind !== 'address')
  throw new Error('sample groups are missing');
const VENUE = venue.location.point;
const PAGE = (key: string) => `https://circles.example.org/groups/${key}/`;

/** Every export of the sample directory, as the build writes them. */
function exportsAsWritten() {
  const calendar = (groups: typeof directory.groups) =>
    groupsCalendar(groups, { directory, id, name: 'x', url: PAGE('x'), today: TODAY });
  return [
    { path: 'meeting-guide.json', text: JSON.stringify(meetingGuideFeed(directory, TODAY).meetings) },
    { path: 'places.geojson', text: JSON.stringify(placesGeoJson(directory)) },
    ...directory.groups.map((group) => ({
      path: `calendars/groups/${group.id}.ics`,
      text: calendar([group]),
    })),
    ...hsdsDataset(directory).services.map((service) => ({
      path: `hsds/services/${service.id}.json`,
      text: JSON.stringify(service),
    })),
    ...tabularFiles(directory).map((file) => ({ path: `hsds/csv/${file.path}`, text: file.text })),
    ...tabularFiles(directory).map((file) => ({ path: `hsds/hsds-csv.zip/${file.path}`, text: file.text })),
    ...directory.groups.map((group) => ({
      path: `groups/${group.id}/index.html`,
      text: `<script type="application/ld+json">${scriptJson(entryJsonLd(group, directory.site, 'en'))}</script>`,
    })),
  ];
}

describe('the location audit over the open data exports', () => {
  it('passes every export as the build writes it', () => {
    expect(auditLocations(directory, exportsAsWritten())).toEqual([]);
  });

  it('fails a calendar that pins a group whose place is given on request', () => {
    const text = `BEGIN:VEVENT\r\nURL:${PAGE('secret')}\r\nGEO:${VENUE.latitude};${VENUE.longitude}\r\nEND:VEVENT`;
    expect(auditLocations(directory, [{ path: 'calendars/groups/secret.ics', text }])).toEqual([
      `calendars/groups/secret.ics: an event gives /groups/secret/ (on_request) the point ${VENUE.latitude},${VENUE.longitude}; it must have none`,
    ]);
  });

  it('fails an event whose description tells a private group’s street or map position', () => {
    const text = `BEGIN:VEVENT\r\nURL:${PAGE('secret')}\r\nDESCRIPTION:Side door at 120 Mill Street\\, upstairs\r\nLOCATION:https://www.openstreetmap.org/#map=18/41.85650/-87.65970\r\nEND:VEVENT`;
    expect(auditLocations(directory, [{ path: 'calendars/groups/secret.ics', text }])).toEqual([
      'calendars/groups/secret.ics: an event about /groups/secret/ (on_request) shows a map link with a position: "https://www.openstreetmap.org/#map=18/41.85650/"',
      'calendars/groups/secret.ics: an event about /groups/secret/ (on_request) shows a street address: "120 Mill Street"',
    ]);
  });

  it('fails a Meeting Guide meeting that gives an area-only group a venue’s street and point', () => {
    const meeting = {
      url: PAGE('private'),
      address: '4544 N Broadway',
      latitude: VENUE.latitude,
      longitude: VENUE.longitude,
      approximate: 'no',
    };
    const leaks = auditLocations(directory, [
      { path: 'meeting-guide.json', text: JSON.stringify([meeting]) },
    ]);
    expect(leaks).toEqual([
      'meeting-guide.json: a meeting gives /groups/private/ the point 41.9662,-87.6541, not its public 41.8565,-87.6597',
      'meeting-guide.json: a meeting gives /groups/private/ (area) the street address "4544 N Broadway"',
      'meeting-guide.json: a meeting about /groups/private/ (area) shows a street address: "4544 N Broadway"',
      'meeting-guide.json: a meeting of /groups/private/ (area) is not marked approximate',
    ]);
  });

  it('fails a GeoJSON feature of a group whose place is given on request, read longitude first', () => {
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-87.6597, 41.8565] },
      properties: { url: PAGE('secret'), approximate: true },
    };
    const leaks = auditLocations(directory, [
      { path: 'places.geojson', text: JSON.stringify({ type: 'FeatureCollection', features: [feature] }) },
    ]);
    expect(leaks).toEqual([
      'places.geojson: a feature gives /groups/secret/ (on_request) the point 41.8565,-87.6597; it must have none',
    ]);
  });

  it('fails HSDS JSON, CSV and the zip’s CSV when a private location gets a point or an address', () => {
    const locationId = id('location', 'secret');
    const hiddenLocation = id('location', 'private');
    const leaks = auditLocations(directory, [
      {
        path: 'hsds/services/x.json',
        text: JSON.stringify({
          service_at_locations: [
            {
              location: { id: locationId, location_type: 'physical', latitude: 41.8565, longitude: -87.6597 },
            },
          ],
        }),
      },
      {
        path: 'hsds/csv/addresses.csv',
        text: `id,location_id,address_1\r\na,${hiddenLocation},1 Hidden St\r\n`,
      },
      {
        path: 'hsds/hsds-csv.zip/locations.csv',
        text: `id,location_type,latitude,longitude\r\n${locationId},physical,41.8565,-87.6597\r\n`,
      },
    ]);
    expect(leaks).toEqual([
      'hsds/services/x.json: a location gives /groups/secret/ (on_request) the point 41.8565,-87.6597; it must have none',
      'hsds/csv/addresses.csv: an address is given to /groups/private/ (area); it must have none',
      'hsds/hsds-csv.zip/locations.csv: a location gives /groups/secret/ (on_request) the point 41.8565,-87.6597; it must have none',
    ]);
  });

  it('fails schema.org data on the page of an area-only group that carries a street address', () => {
    const page = {
      path: 'groups/private/index.html',
      text: `<script type="application/ld+json">${scriptJson({ ...entryJsonLd(hidden, directory.site, 'en'), location: { address: { streetAddress: '1 Hidden St' } } })}</script>`,
    };
    expect(auditLocations(directory, [page])).toEqual([
      'groups/private/index.html: the page of /groups/private/ (area) shows a street address',
    ]);
  });
});
