import { strFromU8, unzipSync } from 'fflate';
import { openDataPaths } from '../endpoints.ts';
import { type BuiltExport, checkHsdsJson } from './check-hsds.ts';
import { checkMeetingGuide } from './check-meeting-guide.ts';
import { checkTabular } from './check-tabular.ts';
import { hsdsValidators } from './hsds-schemas.ts';

const relative = (url: string) => url.replace(/^\//, '');

/**
 * A built site's open data checked against the published standards: HSDS JSON against HSDS 3.0's
 * schemas (ajv), the CSVs and the zip's copy of them against its datapackage, the Meeting Guide feed
 * against its rules. `read` gives a built file's bytes by path, or undefined. Returns one line per problem.
 */
export function checkOpenData(
  files: BuiltExport[],
  readBytes: (path: string) => Uint8Array | undefined,
): string[] {
  const problems = checkHsdsJson(files, hsdsValidators());
  problems.push(...checkTabular(files, 'hsds/csv/'));
  const zip = readBytes(relative(openDataPaths.hsdsZip()));
  if (!zip) problems.push(`${relative(openDataPaths.hsdsZip())}: missing`);
  else {
    const inZip = Object.entries(unzipSync(zip)).map(([name, bytes]) => ({
      path: `zip/${name}`,
      text: strFromU8(bytes),
    }));
    problems.push(
      ...checkTabular(inZip, 'zip/').map((problem) => `${relative(openDataPaths.hsdsZip())}: ${problem}`),
    );
  }
  const feed = files.find((file) => file.path === relative(openDataPaths.meetingGuide()));
  problems.push(...(feed ? checkMeetingGuide(feed.text, feed.path) : ['meeting-guide.json: missing']));
  return problems;
}
