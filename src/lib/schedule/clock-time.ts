/** A time of day on the 24-hour clock. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** Reads an `"HH:MM"` time as the schedule schema stores it. */
export function parseClockTime(text: string): ClockTime {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a time of day in HH:MM form`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}
