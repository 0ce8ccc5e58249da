import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory/load-directory.ts';
import { jsonResponse } from '../lib/open-data/endpoints.ts';
import { meetingGuideFeed } from '../lib/open-data/meeting-guide.ts';
import { referenceDate } from '../lib/staleness.ts';

/** The Meeting Guide feed (weekly meetings, one per weekday), read by the Meeting Guide app and TSML UI. */
export const GET: APIRoute = async () =>
  jsonResponse(meetingGuideFeed(await getDirectory(), referenceDate()).meetings);
