import { cannotRead, quote, type Reading, read } from './reading.ts';

/**
 * A web address as people write it: "www.example.org/tuesday", "example.org", "<https://…>", read onto
 * a full https:// address. An email address or a bare word is not read as one.
 */
export function readWebAddress(answer: string): Reading<string> {
  const text = answer
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/[.,;]+$/, '');
  if (/^[^\s/@]+@[^\s/@]+\.[a-z]{2,}$/i.test(text.replace(/^mailto:/i, '')))
    return cannotRead(`${quote(answer)} is an email address — put it under the email question instead`);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return cannotRead(`${quote(answer)} is not a web address — copy it from the browser's address bar`);
  }
  if (!/^https?:$/.test(url.protocol) || !/\.[a-z]{2,}$/i.test(url.hostname) || /\s/.test(text))
    return cannotRead(`${quote(answer)} is not a web address — copy it from the browser's address bar`);
  return read(url.href);
}
