/**
 * A street address written on one line with its suite, floor or room — "4400 N Broadway, Suite 200",
 * "3656 N Halsted St 2nd floor" — split into the first line and the second, as mail is addressed.
 */
const SECOND_LINE =
  /^(.*?\S)[,\s]+((?:suite|ste\.?|unit|room|rm\.?|floor|fl\.?|apt\.?|apartment|building|bldg\.?|oficina|piso|sala|local|depto\.?|#\s*\d|\d+(?:st|nd|rd|th)\s+floor|(?:first|second|third|ground|top)\s+floor)\b.*)$/i;

export function splitStreet(answer: string): { address_1: string; address_2?: string } {
  const text = answer.trim();
  const match = SECOND_LINE.exec(text);
  if (!match?.[1] || !match[2] || !/\d/.test(match[1])) return { address_1: text };
  return { address_1: match[1].replace(/,$/, ''), address_2: match[2].trim() };
}
