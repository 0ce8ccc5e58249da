import { languageName, useStrings } from '../../i18n/index.ts';
import { getDirectory } from '../directory/load-directory.ts';
import { getSynonyms } from '../search/load-synonyms.ts';
import { buildFinderData, type FinderData } from './build-finder-data.ts';

const built = new Map<string, Promise<FinderData>>();

/** The finder's data in one language, built once per build from the directory in that language. */
export function getFinderData(lang: string | undefined): Promise<FinderData> {
  const key = lang ?? '';
  let data = built.get(key);
  if (!data) {
    data = (async () => {
      const directory = await getDirectory(lang);
      return buildFinderData(directory, {
        synonyms: await getSynonyms(),
        ui: useStrings(directory.lang).ui,
        languageName: (tag) => languageName(tag, directory.lang),
      });
    })();
    built.set(key, data);
  }
  return data;
}
