/** Schedule maths and wording: when rules meet, and how to say so. Pure, and safe to bundle for browsers. */
export { type DescribeOptions, describeHoursList, describeRule } from './describe-rule.ts';
export { describeTimeRange } from './describe-time-range.ts';
export { type FormatOccurrenceOptions, formatOccurrence, relativeDay } from './format-occurrence.ts';
export { meetingNow, nextMeeting } from './meeting-now.ts';
export { LOOKAHEAD_DAYS, nextOccurrences, type Occurrence, type OccurrenceOptions } from './occurrences.ts';
export { meetsOn, weekdaysOf } from './weekdays.ts';
