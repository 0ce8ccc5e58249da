import { describe, expect, it } from 'vitest';
import { pageWindow, paginateList } from '../../../src/lib/paginate.ts';
import { dialable } from '../../../src/lib/phone.ts';
import { isStale } from '../../../src/lib/staleness.ts';

describe('pagination', () => {
  it('splits a list into full pages and a last partial page', () => {
    const pages = paginateList([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => [page.current, page.total, page.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ]);
  });

  it('still gives an empty list one page, so its URL exists', () => {
    expect(paginateList([], 25)).toEqual([{ items: [], current: 1, total: 1 }]);
  });
});

describe('staleness', () => {
  it('counts calendar months back from the reference date', () => {
    expect(isStale('2025-11-25', '2026-11-26', 12)).toBe(true);
    expect(isStale('2025-11-26', '2026-11-26', 12)).toBe(false);
    expect(isStale('2026-05-25', '2026-11-26', 6)).toBe(true);
  });
});

describe('phone numbers', () => {
  it('keeps short codes such as 988 as written', () => {
    expect(dialable('988', 'US')).toEqual({ display: '988', href: 'tel:988', sms: 'sms:988' });
  });

  it('writes foreign numbers in international form', () => {
    expect(dialable('+44 20 7946 0958', 'US').display).toBe('+44 20 7946 0958');
  });

  it('dials an extension after the number, and texts the number alone', () => {
    expect(dialable('773-555-0100 ext 4', 'US')).toEqual({
      display: '(773) 555-0100 ext. 4',
      href: 'tel:+17735550100;ext=4',
      sms: 'sms:+17735550100',
    });
  });
});

describe('pagination links', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the ends and the neighbourhood of the current page of a long list, with gaps marked', () => {
    expect(pageWindow(200, 400)).toEqual([1, null, 198, 199, 200, 201, 202, null, 400]);
    expect(pageWindow(1, 400)).toEqual([1, 2, 3, null, 400]);
  });
});
