import { cannotRead, quote, type Reading, read } from './reading.ts';

/**
 * A map position as people copy it: "41.9625, -87.6559", "41.9679° N, 87.6576° W", "41°58'04.4"N
 * 87°39'27.4"W", "87.6576 O" (oeste), or a map link with the point in it (…@41.96,-87.65,17z).
 */

export interface Point {
  latitude: number;
  longitude: number;
}

const IN_LINK = [
  /@(-?\d{1,3}\.\d+),(-?\d{1,3}\.\d+)/,
  /[?&](?:q|ll|query|mlat)=(-?\d{1,3}\.\d+)(?:,|%2C|&mlon=)\s*(-?\d{1,3}\.\d+)/i,
  /#map=\d+\/(-?\d{1,3}\.\d+)\/(-?\d{1,3}\.\d+)/,
];

const COMPONENT =
  /([-+−]?)\s*(\d{1,3}(?:\.\d+)?)\s*(?:°|º|deg)?(?:\s*(\d{1,2}(?:\.\d+)?)\s*['′’])?(?:\s*(\d{1,2}(?:\.\d+)?)\s*(?:["″”]|''))?\s*([NSEWO])?(?![\d.])/gi;

export function readCoordinates(answer: string): Reading<Point> {
  for (const pattern of IN_LINK) {
    const match = pattern.exec(answer);
    if (match) return checked(Number(match[1]), Number(match[2]), answer);
  }
  const parts = [...answer.matchAll(COMPONENT)].map((match) => {
    const [, sign, degrees = '0', minutes = '0', seconds = '0', hemisphere] = match;
    const value = Number(degrees) + Number(minutes) / 60 + Number(seconds) / 3600;
    const letter = hemisphere?.toUpperCase();
    const negative = sign === '-' || sign === '−' || letter === 'S' || letter === 'W' || letter === 'O';
    return {
      value: negative ? -value : value,
      axis: letter ? ('NS'.includes(letter) ? 'lat' : 'lon') : undefined,
    };
  });
  if (parts.length !== 2)
    return cannotRead(
      `${quote(answer)} is not a map position — write the latitude and longitude, like 41.9625, -87.6559 (right-click the place in a map app to copy them)`,
    );
  const [first, second] = parts as [(typeof parts)[number], (typeof parts)[number]];
  const swapped = first.axis === 'lon' || second.axis === 'lat';
  return swapped ? checked(second.value, first.value, answer) : checked(first.value, second.value, answer);
}

function checked(latitude: number, longitude: number, answer: string): Reading<Point> {
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return cannotRead(`${quote(answer)} is not a place on Earth — check the numbers`);
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return read({ latitude: round(latitude), longitude: round(longitude) });
}
