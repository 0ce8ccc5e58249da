import type { ImportContext, ImportDrafts, Rejected } from '../draft.ts';
import { ImportInputError } from '../input/import-input-error.ts';
import { parseJson } from '../input/parse-json.ts';
import { meetingGuideDrafts } from './meetings-to-groups.ts';
import { type Meeting, readMeeting } from './read-meeting.ts';

/** Meetings of a feed: the spec's list, or the `{ meetings: […] }` some exports wrap it in. */
function meetingList(value: unknown, name: string): unknown[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { meetings?: unknown }).meetings)
      ? (value as { meetings: unknown[] }).meetings
      : undefined;
  if (!list)
    throw new ImportInputError(
      `${name} is JSON but not a Meeting Guide feed — a feed is a list of meetings, [{ "name": …, "day": …, "time": … }, …]`,
    );
  if (list.length === 0) throw new ImportInputError(`${name} is a Meeting Guide feed with no meetings in it`);
  return list;
}

/** A Meeting Guide JSON feed (as TSML and BMLT publish it) as group drafts, each meeting checked. */
export function readMeetingGuideFeed(text: string, name: string, ctx: ImportContext): ImportDrafts {
  const rejected: Rejected[] = [];
  const meetings: Meeting[] = [];
  meetingList(parseJson(text, name), name).forEach((raw, index) => {
    const where = `meeting ${index + 1}`;
    const read = readMeeting(raw, where);
    const label =
      typeof (raw as { name?: unknown })?.name === 'string'
        ? `"${(raw as { name: string }).name}" (${where})`
        : where;
    if ('problem' in read) rejected.push({ label, reasons: [read.problem] });
    else meetings.push(read.meeting);
  });
  return meetingGuideDrafts(meetings, ctx, rejected);
}
