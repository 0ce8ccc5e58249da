/**
 * The demo's guides and pages are good starting points anywhere, but a few passages belong to the demo:
 * the section about the demonstration itself, and, outside the United States, what holds only there (988,
 * 911, 211, US law and hotlines). A new directory keeps the rest. A US-only passage about getting help in a
 * crisis is said again without a number; any other US-only passage is taken out, so no page tells someone
 * in another country to dial a number that does not work there.
 */

const DEMO_SECTION = /^## (?:Demonstration copies|Copias de demostración)\n[\s\S]*?(?=^## |(?![\s\S]))/m;

const US_ONLY =
  /\b(?:988|911|211)\b|\bIn (?:most of )?the US\b|\bUS\b|\bEE\. ?UU\.|\bEstados Unidos\b|\bfederal\b|800-\d{3}-\d{4}|\(8\d\d\) \d{3}-\d{4}/;
const ABOUT_CRISIS = /\b(?:988|911)\b|crisis|emergenc|danger|peligro|suicid/i;

/** A sentence that goes on about the one before it: "It is free…", "Es gratis…". */
const REFERS_BACK = /^\s*(?:It is|It's|They are|Es |Son )/;

const GENERIC = {
  en: 'If you are in crisis or in danger, call your local emergency number, or one of the crisis lines at the bottom of every page.',
  es: 'Si estás en crisis o en peligro, llama al número de emergencias de tu zona o a una de las líneas de crisis que aparecen al pie de cada página.',
} as const;

/** Sentences of a paragraph, keeping their punctuation and any bold markers around them. */
const sentencesOf = (text: string) => text.match(/[^.!?]+(?:[.!?]+(?:\*\*)?|$)\s*/g) ?? [text];

/** A paragraph or list item outside the US: as it was, said without US numbers, or gone (undefined). */
function adapted(block: string, lang: keyof typeof GENERIC): string | undefined {
  const flat = block.replace(/\s*\n\s*/g, ' ');
  if (!US_ONLY.test(flat)) return block;
  if (!ABOUT_CRISIS.test(flat)) return undefined;
  const prefix = /^(\s*(?:[-*]|\d+\.)\s+)/.exec(flat)?.[1] ?? '';
  const sentences = sentencesOf(flat.slice(prefix.length));
  // "It is free and open all day" speaks of the number just removed, so it goes with it.
  const kept = sentences.filter(
    (sentence, index) =>
      !US_ONLY.test(sentence) &&
      !(index > 0 && US_ONLY.test(sentences[index - 1] ?? '') && REFERS_BACK.test(sentence)),
  );
  const rest = kept.join('').replace(/\s+/g, ' ').trim();
  return `${prefix}${rest ? `${rest} ` : ''}${GENERIC[lang]}`;
}

/** Blocks of Markdown: paragraphs, and each item of a list on its own; headings, fences and tags as they are. */
function adaptBody(body: string, lang: keyof typeof GENERIC): string {
  return body
    .split(/\n{2,}/)
    .map((block) => {
      if (/^(?:#|```|<|import |export |\||>)/.test(block.trimStart())) return block;
      const items = block.split(/\n(?=\s*(?:[-*]|\d+\.)\s)/);
      return items
        .map((item) => adapted(item, lang))
        .filter((item) => item !== undefined)
        .join('\n');
    })
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}

/** A guide's or page's text for a new directory: no demo section; outside the US, no US-only passages. */
export function withoutDemoSpecifics(text: string, options: { lang: string; country: string }): string {
  const lang = options.lang === 'es' ? 'es' : 'en';
  const [, front = '', body = text] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(text) ?? [];
  const withoutDemo = body.replace(DEMO_SECTION, '');
  return front + (options.country === 'US' ? withoutDemo : `${adaptBody(withoutDemo, lang).trimEnd()}\n`);
}
