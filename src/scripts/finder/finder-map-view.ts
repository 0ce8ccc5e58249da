import type { FinderStrings } from '../../i18n/en/finder.ts';
import type { FinderResult } from '../../lib/finder/finder-engine.ts';
import type { MapEntry } from '../../lib/map/map-data.ts';
import type { MapLabels } from '../map/map-labels.ts';
import { mapSettings } from '../map/map-settings.ts';
import type { Origin } from './finder-near.ts';
import type { FinderSource } from './finder-source.ts';

export interface FinderMapView {
  /** Shows these results' places; entries with no public place are counted in a note instead. */
  show(results: readonly FinderResult[]): void;
  showOrigin(origin: Origin | undefined): void;
}

interface MapOptions {
  settings: Record<string, unknown> & { labels: MapLabels; controls: unknown };
  source: FinderSource;
  strings: FinderStrings;
  /** The visitor asked to search the part of the map in view. */
  onArea: (bbox: [number, number, number, number] | undefined) => void;
}

/**
 * The finder's map: the same results as the list, as markers (Leaflet and the names file load only now,
 * when the map is first shown). Panning or zooming offers "search this area"; results with no public
 * place stay in the list and are counted under the map.
 */
export async function createFinderMap(
  root: HTMLElement,
  options: MapOptions,
): Promise<FinderMapView | undefined> {
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]');
  const notice = root.querySelector<HTMLElement>('[data-map-notice]');
  const say = (text: string) => {
    if (!notice) return;
    notice.hidden = false;
    notice.textContent = text;
  };
  const { settings, strings } = options;
  const base = mapSettings(
    {
      tiles: String(settings['tiles']),
      attribution: String(settings['attribution']),
      lat: String(settings['lat']),
      lng: String(settings['lng']),
      zoom: String(settings['zoom']),
      mapControls: JSON.stringify(settings.controls),
    },
    () => say(settings.labels.tilesFailed),
  );
  if (!canvas || !base) return undefined;
  let names: Awaited<ReturnType<FinderSource['names']>>;
  let places: Awaited<ReturnType<typeof import('../map/places-map.ts')['createPlacesMap']>>;
  try {
    const [{ createPlacesMap }, loaded] = await Promise.all([
      import('../map/places-map.ts'),
      options.source.names(),
    ]);
    names = loaded;
    places = await createPlacesMap(canvas, base, settings.labels);
  } catch {
    say(strings.map.failed);
    return undefined;
  }
  const index = await options.source.index();
  const url = (key: string) => {
    const [kind, id = ''] = key.split(':');
    return (kind === 'service' ? options.source.settings.service : options.source.settings.group).replace(
      '{id}',
      id,
    );
  };
  const searchArea = root.querySelector<HTMLButtonElement>('[data-search-area]');
  const everywhere = root.querySelector<HTMLButtonElement>('[data-search-everywhere]');
  places.onMoved(() => {
    if (searchArea) searchArea.hidden = false;
  });
  searchArea?.addEventListener('click', () => {
    searchArea.hidden = true;
    if (everywhere) everywhere.hidden = false;
    options.onArea(places.bounds());
  });
  everywhere?.addEventListener('click', () => {
    everywhere.hidden = true;
    options.onArea(undefined);
  });
  const notOnMap = root.querySelector<HTMLElement>('[data-not-on-map]');
  return {
    show(results) {
      const entries: MapEntry[] = results.flatMap((result): MapEntry[] => {
        const point = result.entry.point;
        const [key = '', name = ''] = names.names[result.entry.index] ?? [];
        if (!point) return [];
        return [
          {
            id: key,
            kind: result.entry.kind,
            name,
            url: url(key),
            lat: point.lat,
            lng: point.lng,
            approximate: point.approximate,
            area: index.vocabulary.area[result.entry.area]?.[1] ?? '',
            topics: [],
            weekdays: [],
            languages: [],
            attendance: result.entry.attendance === 'hybrid' ? 'hybrid' : 'in_person',
            when: '',
            status: result.entry.paused ? 'paused' : 'active',
          },
        ];
      });
      places.show(entries);
      const without = results.length - entries.length;
      if (notOnMap) {
        notOnMap.hidden = without === 0;
        notOnMap.textContent = without > 0 ? strings.map.notOnMap(without) : '';
      }
    },
    showOrigin(origin) {
      if (origin) places.showOrigin(origin);
    },
  };
}
