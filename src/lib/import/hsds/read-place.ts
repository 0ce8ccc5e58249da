import { uiLanguages, useStrings } from '../../../i18n/index.ts';
import { type AccessibilityFeature, accessibilityFeatures } from '../../../schemas/vocabularies.ts';
import type { HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import { comparable } from '../../text.ts';
import { readExportPlaceText } from '../export-place-text.ts';
import type { AreaList } from '../lists.ts';
import { importText } from '../plain-text.ts';
import { importPoint, importUrl } from '../read-values.ts';
import { list, object, str } from './hsds-values.ts';

/** Our access features by their label in every interface language, as our exports write them. */
const FEATURE_OF_LABEL = new Map<string, AccessibilityFeature>();
for (const lang of uiLanguages)
  for (const feature of Object.keys(accessibilityFeatures) as AccessibilityFeature[])
    FEATURE_OF_LABEL.set(comparable(useStrings(lang).ui.accessibility[feature]), feature);

function accessOf(location: HsdsObject, notes: string[]) {
  const features: AccessibilityFeature[] = [];
  const other: string[] = [];
  for (const item of list(location.accessibility)) {
    const text = [str(item.description), str(item.details)].filter(Boolean).join(' ');
    const feature = FEATURE_OF_LABEL.get(comparable(str(item.description) ?? ''));
    if (feature) features.push(feature);
    else if (text) other.push(text);
  }
  const accessibilityNotes = importText(
    other.join('\n\n') || undefined,
    { field: 'accessibility', max: 500 },
    notes,
  );
  return { features, accessibilityNotes };
}

/** A short, one-line name for an area; a service area's sentence-long name is no area label. */
const areaName = (name: string | undefined) =>
  name && name.length <= 80 && !/[.\n]/.test(name) ? name : undefined;

function physicalLocation(
  location: HsdsObject,
  serviceArea: string | undefined,
  areas: AreaList,
  notes: string[],
) {
  const address =
    list(location.addresses).find((item) => str(item.address_type) !== 'postal') ??
    list(location.addresses)[0];
  const point = importPoint(location.latitude, location.longitude, notes);
  const label =
    areaName(serviceArea) ??
    (address ? undefined : areaName(str(location.name))) ??
    areaName(str(address?.city));
  const area = areas.idFor(label, point) ?? areas.regionId();
  const exported = readExportPlaceText(
    [str(location.description), str(location.transportation)].filter(Boolean).join('\n\n') || undefined,
    label,
  );
  const directions = importText(exported.text, { field: 'location description', max: 500 }, notes);
  const extra = directions ? { directions } : {};
  if (!address || !point || !str(address.address_1) || !str(address.city)) {
    if (address)
      notes.push(
        `street "${str(address.address_1) ?? ''}" not written: ${point ? 'the address has no street or city' : 'the location has no usable position'} — add latitude and longitude and kind: address to show the venue`,
      );
    return { kind: exported.onRequest ? 'on_request' : 'area', area, ...extra };
  }
  if (str(address.attention))
    notes.push(`address attention "${str(address.attention)}" (a person) not written`);
  return {
    kind: 'address',
    ...(str(location.name) ? { venue: str(location.name)?.slice(0, 120) } : {}),
    address_1: str(address.address_1),
    ...(str(address.address_2) ? { address_2: str(address.address_2) } : {}),
    city: str(address.city),
    ...(str(address.state_province) ? { state_province: str(address.state_province) } : {}),
    ...(str(address.postal_code) ? { postal_code: str(address.postal_code) } : {}),
    area,
    latitude: point.latitude,
    longitude: point.longitude,
    ...extra,
  };
}

/** Where a service is and how to join it online: its first physical location and its virtual one. */
export function placeOf(service: HsdsObject, areas: AreaList, notes: string[]) {
  const locations = list(service.service_at_locations).flatMap((link) => {
    const location = object(link.location);
    return location ? [location] : [];
  });
  const physical = locations.filter((location) => str(location.location_type) !== 'virtual');
  const virtual = locations.find((location) => str(location.location_type) === 'virtual');
  if (physical.length > 1)
    notes.push(`${physical.length} physical locations; only the first is written (one entry has one place)`);
  const first = physical[0];
  const serviceArea = str(list(service.service_areas)[0]?.name);
  const location = first ? physicalLocation(first, serviceArea, areas, notes) : undefined;
  const access = first ? accessOf(first, notes) : { features: [], accessibilityNotes: undefined };
  const url = virtual ? importUrl('virtual location url', str(virtual.url), notes) : undefined;
  const onlineNotes = virtual
    ? importText(
        str(virtual.description),
        { field: 'virtual location description', max: 300, line: true },
        notes,
      )
    : undefined;
  return { location, virtual: Boolean(virtual), url, onlineNotes, ...access };
}
