import { describe, expect, it } from 'vitest';
import { cspDirectives } from '../../../src/lib/content-security-policy.ts';
import { LIST_KEY, NOTE_KEY } from '../../../src/lib/print/my-list.ts';
import { privacyFacts } from '../../../src/lib/privacy/privacy-facts.ts';
import { tileOrigin } from '../../../src/lib/tile-origin.ts';

const site = (tiles: string) => ({ map: { tiles }, quick_exit_url: 'https://weather.example.org/today' });

describe('the privacy page’s facts, from the settings the code uses', () => {
  it('names the tile server as the only other host, the same one the security policy allows', () => {
    const facts = privacyFacts(site('https://tiles.example.net/{z}/{x}/{y}.png'));
    expect(facts.otherHosts).toEqual(['tiles.example.net']);
    expect(facts.policy).toBe(
      cspDirectives(tileOrigin('https://tiles.example.net/{z}/{x}/{y}.png')).join('; '),
    );
    expect(facts.policy).toContain("img-src 'self' data: https://tiles.example.net");
  });

  it('follows a change of tile server, so the page cannot name a stale one', () => {
    expect(privacyFacts(site('https://{s}.tile.example.com/{z}/{x}/{y}.png')).otherHosts).toEqual([
      '0.tile.example.com',
    ]);
  });

  it('lists exactly the keys the "my list" code stores, and where quick exit goes', () => {
    const facts = privacyFacts(site('https://tile.openstreetmap.org/{z}/{x}/{y}.png'));
    expect(facts.storageKeys).toEqual([LIST_KEY, NOTE_KEY]);
    expect(facts.quickExitHost).toBe('weather.example.org');
    expect(facts.referrerPolicy).toBe('strict-origin-when-cross-origin');
  });
});
