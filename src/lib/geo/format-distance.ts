const KM_PER_MILE = 1.609344;

/**
 * A distance in the site's unit, in the interface language: "1.2 km", "0.8 mi", "12 mi". One decimal
 * below ten, whole numbers above, and never "0": anything closer reads as the smallest step.
 */
export function formatDistance(km: number, unit: 'km' | 'mi', lang: string): string {
  const value = unit === 'mi' ? km / KM_PER_MILE : km;
  const rounded = Math.max(value, 0.1);
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: unit === 'mi' ? 'mile' : 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: rounded < 10 ? 1 : 0,
  }).format(rounded);
}
