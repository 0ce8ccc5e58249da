import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/lib/directory/build-directory.ts';
import { TopicSchema } from '../../../src/schemas/topic.ts';
import { group, sampleContent, service } from './sample-content.ts';

const TODAY = '2026-11-26';

const translated = group('bilingual', {
  summary: { en: 'A weekly circle.', es: 'Un círculo semanal.' },
  description: { en: 'In English.', es: 'En español.', ar: 'بالعربية.' },
  newcomers: 'Just come.',
  content_warning: { en: 'Mentions suicide.', es: 'Menciona el suicidio.' },
  meetings: [
    {
      byday: 'TU',
      opens_at: '18:30',
      closes_at: '20:00',
      notes: { en: 'Online too', es: 'También en línea' },
    },
  ],
  attendance: 'hybrid',
  online: { url: 'https://meet.example.org/x', notes: 'Cameras optional.' },
  contact: { role: 'the facilitators', email: 'circle@example.org' },
  location: {
    kind: 'address',
    address_1: '4544 N Broadway',
    city: 'Chicago',
    area: 'uptown',
    latitude: 41.9662,
    longitude: -87.6541,
    directions: { en: 'By the side door.', es: 'Por la puerta lateral.' },
  },
});
const hotline = service('hotline', {
  topics: ['grief'],
  phones: [
    { number: '(773) 555-0100', type: 'text', description: { en: 'Texts only', es: 'Solo mensajes' } },
  ],
});
const arabicOnly = group('arabic-only', { description: { ar: 'دائرة أسبوعية للنساء.' } });
const content = sampleContent({
  groups: [translated, arabicOnly],
  services: [hotline],
  topics: [
    TopicSchema.parse({
      id: 'grief',
      label: { en: 'Grief and loss', es: 'Duelo' },
      description: 'After a death.',
    }),
  ],
});

const view = (lang?: string) => buildDirectory(content, TODAY, lang);
const entry = (lang: string | undefined, id: string) => view(lang).groups.find((g) => g.id === id);

describe('the public view in each interface language', () => {
  it('shows the reader’s language where it was written, and says which language each text is in', () => {
    const es = entry('es', 'bilingual');
    expect(es?.summary).toBe('Un círculo semanal.');
    expect(es?.description).toEqual(['En español.']);
    expect(es?.contentWarning).toBe('Menciona el suicidio.');
    expect(es?.meetings[0]?.notes).toBe('También en línea');
    expect(es?.textLang).toMatchObject({ summary: 'es', description: 'es', contentWarning: 'es' });
  });

  it('falls back to the site’s main language, marked as such, when no translation was written', () => {
    const es = entry('es', 'bilingual');
    expect(es?.newcomers).toEqual(['Just come.']);
    expect(es?.textLang.newcomers).toBe('en');
  });

  it('marks the language of smaller texts too: directions, online notes, the contact role, phone notes', () => {
    const es = entry('es', 'bilingual');
    expect(es?.textLang).toMatchObject({ directions: 'es', onlineNotes: 'en', contactRole: 'en' });
    expect(es?.location.kind === 'address' && es.location.directions).toBe('Por la puerta lateral.');
    expect(es?.online?.notes).toBe('Cameras optional.');
    expect(es?.contact?.role).toBe('the facilitators');
    expect(view('es').services[0]?.phones[0]).toMatchObject({
      description: 'Solo mensajes',
      descriptionLang: 'es',
    });
  });

  it('falls back to the only language written, even right-to-left, when the main one is missing', () => {
    const en = entry('en', 'arabic-only');
    expect(en?.description).toEqual(['دائرة أسبوعية للنساء.']);
    expect(en?.textLang.description).toBe('ar');
  });

  it('offers the description in every other language it was written in', () => {
    expect(entry('en', 'bilingual')?.descriptionElsewhere).toEqual([
      { lang: 'es', paragraphs: ['En español.'] },
      { lang: 'ar', paragraphs: ['بالعربية.'] },
    ]);
  });

  it('gives each language its own URLs and topic labels, the main language without a prefix', () => {
    expect(entry(undefined, 'bilingual')?.url).toBe('/groups/bilingual/');
    expect(entry('es', 'bilingual')?.url).toBe('/es/groups/bilingual/');
    expect(view('es').topics[0]).toMatchObject({ label: 'Duelo', lang: 'es', url: '/es/topics/grief/' });
    expect(view('es').paths.search()).toBe('/es/search/');
    expect(view('es').paths.searchIndex()).toBe('/es/pagefind/');
  });
});
