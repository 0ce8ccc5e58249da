import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/directory/load-directory.ts';

/**
 * Every group that is meeting (not paused or closed) with its schedule rules: the home page's
 * "meeting today" list reads this in the browser, so the day is the visitor's day, not the build's.
 */
export const GET: APIRoute = async () => {
  const { groups } = await getDirectory();
  const meetings = groups
    .filter((group) => group.status === 'active')
    .map((group) => ({
      name: group.name,
      url: group.url,
      where: group.location.area?.label ?? null,
      attendance: group.attendance,
      rules: group.meetings,
    }));
  return new Response(JSON.stringify(meetings), { headers: { 'Content-Type': 'application/json' } });
};
