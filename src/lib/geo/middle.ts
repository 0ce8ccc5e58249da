import type { Point } from '../../schemas/area.ts';

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The middle of some points (their mean, to four decimals, about 10 m): an area's or a map's centre. */
export function middleOf(points: readonly Point[]): Point {
  const sum = points.reduce(
    (total, point) => ({
      latitude: total.latitude + point.latitude,
      longitude: total.longitude + point.longitude,
    }),
    { latitude: 0, longitude: 0 },
  );
  return { latitude: round(sum.latitude / points.length), longitude: round(sum.longitude / points.length) };
}
