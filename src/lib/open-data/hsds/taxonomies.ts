import {
  attendanceOptions,
  audiences,
  leadershipStyles,
  serviceCategories,
} from '../../../schemas/vocabularies.ts';
import type { Directory, PublicEntry } from '../../directory/types.ts';
import type { IdMaker } from '../ids.ts';
import { absoluteUrl } from '../site-url.ts';
import { compact, type HsdsObject } from './hsds-object.ts';

/**
 * Our vocabularies as HSDS taxonomies, so the kind of entry (a peer group is an HSDS service marked by
 * the `group` term), its topics, audiences, categories, leadership and attendance travel as attributes.
 * Each taxonomy's `name` is stable and the terms' `code`s are our vocabulary keys, so an importer can
 * read them back.
 */
/** The taxonomies' stable names, which the HSDS importer reads back. */
export const TAXONOMY = {
  kind: 'circles-entry-kind',
  topics: 'circles-topics',
  audiences: 'circles-audiences',
  categories: 'circles-service-categories',
  leadership: 'circles-leadership',
  attendance: 'circles-attendance',
} as const;

interface TaxonomyDefinition {
  /** Stable name, also the key of its id. */
  name: string;
  description: string;
  /** The link_type of attributes that use its terms. */
  linkType: string;
  terms: { code: string; name: string; description: string }[];
  /** The terms an entry has. */
  codesOf: (entry: PublicEntry) => string[];
}

const fromVocabulary = (map: Record<string, string>) =>
  Object.entries(map).map(([code, description]) => ({ code, name: code, description }));

function definitions(directory: Pick<Directory, 'topics'>): TaxonomyDefinition[] {
  return [
    {
      name: TAXONOMY.kind,
      description: 'Whether the service is a peer support group or another kind of service.',
      linkType: 'kind',
      terms: [
        {
          code: 'group',
          name: 'Peer support group',
          description: 'A group that meets to support each other.',
        },
        { code: 'service', name: 'Service', description: 'A service offered by an organisation.' },
      ],
      codesOf: (entry) => [entry.kind],
    },
    {
      name: TAXONOMY.topics,
      description: 'What the group or service is about: the topics of this directory.',
      linkType: 'topic',
      terms: directory.topics.map((topic) => ({
        code: topic.id,
        name: topic.label,
        description: topic.description.text,
      })),
      codesOf: (entry) => entry.topics.map((topic) => topic.id),
    },
    {
      name: TAXONOMY.audiences,
      description: 'Who a peer support group is for.',
      linkType: 'audience',
      terms: fromVocabulary(audiences),
      codesOf: (entry) => (entry.kind === 'group' ? entry.audiences : []),
    },
    {
      name: TAXONOMY.categories,
      description: 'What kind of help a service gives.',
      linkType: 'category',
      terms: fromVocabulary(serviceCategories),
      codesOf: (entry) => (entry.kind === 'service' ? entry.categories : []),
    },
    {
      name: TAXONOMY.leadership,
      description: 'Who leads a peer support group’s meetings.',
      linkType: 'led_by',
      terms: fromVocabulary(leadershipStyles),
      codesOf: (entry) => (entry.kind === 'group' ? [entry.ledBy] : []),
    },
    {
      name: TAXONOMY.attendance,
      description: 'Whether a group meets in person, online, or both.',
      linkType: 'attendance',
      terms: fromVocabulary(attendanceOptions),
      codesOf: (entry) => (entry.kind === 'group' ? [entry.attendance] : []),
    },
  ];
}

/** The taxonomies, their terms, and a function giving an entry's attributes (nested terms included). */
export function hsdsTaxonomies(directory: Pick<Directory, 'topics' | 'site' | 'paths'>, id: IdMaker) {
  const defs = definitions(directory);
  const taxonomies: HsdsObject[] = defs.map((def) =>
    compact({
      id: id('taxonomy', def.name),
      name: def.name,
      description: def.description,
      uri: def.name === TAXONOMY.topics ? absoluteUrl(directory.site, directory.paths.topics()) : undefined,
    }),
  );
  const termOf = (def: TaxonomyDefinition, code: string): HsdsObject | undefined => {
    const term = def.terms.find((candidate) => candidate.code === code);
    return (
      term &&
      compact({
        id: id('taxonomy_term', `${def.name}:${term.code}`),
        code: term.code,
        name: term.name,
        description: term.description,
        taxonomy: def.name,
        taxonomy_id: id('taxonomy', def.name),
      })
    );
  };
  const terms: HsdsObject[] = defs.flatMap((def) =>
    def.terms.flatMap((term) => {
      const found = termOf(def, term.code);
      return found ? [found] : [];
    }),
  );

  const attributesOf = (entry: PublicEntry, serviceId: string): HsdsObject[] =>
    defs.flatMap((def) =>
      def.codesOf(entry).flatMap((code) => {
        const term = termOf(def, code);
        if (!term) return [];
        return [
          {
            id: id('attribute', `${entry.id}:${def.name}:${code}`),
            link_id: serviceId,
            taxonomy_term_id: term.id as string,
            link_type: def.linkType,
            link_entity: 'service',
            taxonomy_term: term,
          },
        ];
      }),
    );

  return { taxonomies, terms, attributesOf };
}
