import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fixtureEntries, links, page } from '../support/built-site.ts';

const groups = fixtureEntries('groups');
const services = fixtureEntries('services');
const card = (doc: HTMLElement, key: string) => doc.querySelector(`[data-print-entry="${key}"]`);
const text = (element: HTMLElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ');

describe('the printable lists', () => {
  it('are all linked from the print index: everything, groups, services, my list, every area and topic', () => {
    const found = links('/print/');
    for (const path of ['/print/all/', '/print/groups/', '/print/services/', '/print/my-list/'])
      expect(found).toContain(path);
    for (const entry of [...groups, ...services]) {
      for (const topic of entry.data.topics ?? []) expect(found).toContain(`/print/topics/${topic}/`);
      if (entry.data.location?.area) expect(found).toContain(`/print/areas/${entry.data.location.area}/`);
    }
    expect(links('/')).toContain('/print/');
  });

  it('say what they cover, the date of the details, the site address and the crisis lines', () => {
    const doc = page('/print/areas/northgate/');
    expect(doc.querySelector('h1')?.textContent).toBe('Groups and services in Northgate');
    const head = text(doc.querySelector('.print-head'));
    // The build's reference date (CIRCLES_TODAY in tests), never the clock: same input, same pages.
    expect(head).toContain('November 26, 2026');
    expect(head).toContain('lakeside-circles.example.org');
    expect(head).toContain('988 Suicide & Crisis Lifeline');
    expect(doc.querySelector('.print-legend')).not.toBeNull();
  });

  it('print every open entry with its name, times in words, cost, languages and short address', () => {
    const doc = page('/print/all/');
    for (const entry of [...groups, ...services].filter((e) => e.data.status !== 'closed')) {
      const kind = groups.includes(entry) ? 'group' : 'service';
      const printed = text(card(doc, `${kind}:${entry.id}`));
      expect(printed, entry.id).toContain(entry.data.name);
      expect(printed, entry.id).toMatch(/\d:\d\d|appointment|24 hours/);
      expect(printed, entry.id).toMatch(/Cost\s*(Free|Fee)/);
      expect(printed, entry.id).toContain(`/${kind}s/${entry.id}/`);
    }
  });

  it('leave closed entries off paper and mark paused ones', () => {
    const doc = page('/print/all/');
    const closed = groups.find((g) => g.data.status === 'closed');
    const paused = groups.find((g) => g.data.status === 'paused');
    expect(closed && card(doc, `group:${closed.id}`)).toBeNull();
    expect(text(paused ? card(doc, `group:${paused.id}`) : null)).toContain('(Paused)');
  });

  it('never print an address for a private place: they say to call or email, or give only the area', () => {
    const doc = page('/print/all/');
    const streets = [...groups, ...services].flatMap((e) => {
      const location = e.data.location as { address_1?: string } | undefined;
      return location?.address_1 ? [location.address_1] : [];
    });
    expect(streets.length).toBeGreaterThan(0);
    const privateGroups = groups.filter(
      (g) => ['area', 'on_request'].includes(g.data.location?.kind ?? '') && g.data.status !== 'closed',
    );
    expect(privateGroups.length).toBeGreaterThan(1);
    for (const group of privateGroups) {
      const element = card(doc, `group:${group.id}`);
      const printed = text(element);
      expect(element?.querySelector('address'), group.id).toBeNull();
      for (const street of streets) expect(printed, group.id).not.toContain(street);
      expect(printed, group.id).not.toMatch(/\b\d+ [A-Z][a-z]+ (Street|Road|Square|Avenue|Lane)\b/);
      expect(printed, group.id).toMatch(
        group.data.location?.kind === 'on_request'
          ? /call or email for the location/i
          : /exact address not published/,
      );
    }
  });

  it('put a QR code made at build time on every entry and one for the list, with no script for them', () => {
    const doc = page('/print/services/');
    const cards = doc.querySelectorAll('.print-card');
    expect(cards.length).toBeGreaterThan(0);
    for (const item of cards)
      expect(item.querySelector('.print-card-qr img[src^="data:image/png;base64,"]')).not.toBeNull();
    expect(doc.querySelector('.print-list-qr svg')).not.toBeNull();
    for (const script of doc.querySelectorAll('script'))
      expect(script.getAttribute('src') ?? script.textContent).not.toMatch(/qr/i);
  });
});
