import { readExportPlaceText } from '../export-place-text.ts';
import type { AreaList } from '../lists.ts';
import { importText } from '../plain-text.ts';
import { importPoint } from '../read-values.ts';
import type { Meeting } from './read-meeting.ts';

/**
 * Where a meeting is, as a location we may publish. `approximate: "yes"` is an area and never a street;
 * a street without a position is an area too (we do not look addresses up), and the report says how to
 * show the venue instead.
 */
export function meetingLocation(meeting: Meeting, areas: AreaList, notes: string[]) {
  const { text } = meeting;
  const [street, cityFromFormatted] = (text.formatted_address ?? '').split(',').map((part) => part.trim());
  const address = text.address ?? (meeting.approximate ? undefined : street);
  const city = text.city ?? cityFromFormatted;
  const areaName = text.region ?? text.sub_region ?? city;
  const point = importPoint(meeting.latitude, meeting.longitude, notes);
  const area =
    areas.idFor(areaName, point) ?? (address || meeting.approximate ? areas.regionId() : undefined);
  const exported = readExportPlaceText(text.location_notes, areaName);
  const directions = importText(exported.text, { field: 'location_notes', max: 500 }, notes);
  if (!area) return undefined;
  if (meeting.approximate || !address || !point) {
    if (!meeting.approximate && address)
      notes.push(
        `street "${address}" not written: the meeting has no position — add latitude and longitude, and kind: address, to show the venue`,
      );
    if (meeting.approximate && text.address)
      notes.push('street not written: the feed marks the place approximate');
    return {
      kind: exported.onRequest ? 'on_request' : 'area',
      area,
      ...(directions ? { directions } : {}),
    };
  }
  return {
    kind: 'address',
    ...optional('venue', importText(text.location, { field: 'location', max: 120, line: true }, notes)),
    address_1: importText(address, { field: 'address', max: 120, line: true }, notes),
    city: city ?? areaName,
    ...optional('state_province', text.state),
    ...optional('postal_code', text.postal_code),
    area,
    latitude: point.latitude,
    longitude: point.longitude,
    ...(directions ? { directions } : {}),
  };
}

const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
