import { EXTENSION_PREFIX, type HsdsObject } from '../../open-data/hsds/hsds-object.ts';
import type { ImportContext, ImportDrafts } from '../draft.ts';
import { parseJson } from '../input/parse-json.ts';
import { checkTabular, jsonServices } from './detect-hsds.ts';
import { type HsdsFiles, hsdsFiles } from './hsds-input.ts';
import { servicesToDrafts } from './services-to-drafts.ts';
import { nestedServices, readTables } from './tabular-to-nested.ts';

/** The package's homepage: the site it was published from, when a directory like ours published it. */
function homepageOf(files: HsdsFiles): string | undefined {
  const descriptor = files.get('datapackage.json');
  const homepage = descriptor
    ? (parseJson(descriptor, 'datapackage.json') as { homepage?: unknown }).homepage
    : undefined;
  return typeof homepage === 'string' && homepage.startsWith('https://') ? homepage : undefined;
}

/**
 * A service whose url is a page of the site that published the package is listed there, not its own
 * website (our exports fall back to the entry's page): the JSON form says so, and CSV gets told here.
 */
function withPageUrls(services: HsdsObject[], homepage: string | undefined): HsdsObject[] {
  if (!homepage) return services;
  const pageUrl = `${EXTENSION_PREFIX}page_url`;
  return services.map((service) =>
    typeof service.url === 'string' && service.url.startsWith(homepage)
      ? { ...service, [pageUrl]: service.url }
      : service,
  );
}

/** HSDS 3.0, tabular (a folder or zip of CSVs) or JSON, as drafts: groups, services and organisations. */
export async function readHsds(input: string, ctx: ImportContext): Promise<ImportDrafts> {
  const files = await hsdsFiles(input);
  const tabular = [...files.keys()].some((name) => name.endsWith('.csv'));
  if (tabular) checkTabular(files, input);
  const services = tabular ? nestedServices(readTables(files)) : jsonServices(files, input);
  return servicesToDrafts(withPageUrls(services, homepageOf(files)), ctx);
}
