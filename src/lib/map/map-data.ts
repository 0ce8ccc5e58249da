import type { Weekday } from '../../schemas/vocabularies.ts';

/** One place on the map: what a marker, its name and its popup need. */
export interface MapEntry {
  id: string;
  kind: 'group' | 'service';
  name: string;
  url: string;
  lat: number;
  lng: number;
  /** True for `area` locations: the point is the area's centre, not the venue. */
  approximate: boolean;
  /** The area's name, shown beside approximate places and in the list. */
  area: string;
  topics: string[];
  /** Days it meets or opens; every day for services open 24/7, none for "by appointment". */
  weekdays: Weekday[];
  languages: string[];
  /** Services are visited in person, so they count as in person for the attendance filter. */
  attendance: 'in_person' | 'hybrid';
  /** The schedule in words, one line per rule joined. */
  when: string;
  status: 'active' | 'paused';
}
