/**
 * Remembers a pure function's answers by its arguments. Pages ask the same small questions thousands of
 * times in a build ("Spanish" in English, the site's zone name), and building the `Intl` formatter that
 * answers them costs more than the rest of the card.
 */
export function memoize<A extends string[], R>(fn: (...args: A) => R): (...args: A) => R {
  const answers = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('\u0000');
    if (!answers.has(key)) answers.set(key, fn(...args));
    return answers.get(key) as R;
  };
}
