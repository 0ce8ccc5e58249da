/** The collections of the content folder, named as the Astro collections are. */
export type CollectionName =
  | 'site'
  | 'topics'
  | 'areas'
  | 'organizations'
  | 'groups'
  | 'services'
  | 'guides'
  | 'pages'
  | 'synonyms'
  | 'places';

/** A field path as zod reports it: keys, and list indexes as numbers. */
export type FieldPath = readonly PropertyKey[];

/** Where in a file a problem is: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** One thing a volunteer has to fix: which file, where, which field, what is wrong and how to fix it. */
export interface Problem extends Position {
  /** The file, relative to the current directory, with forward slashes. */
  file: string;
  /** The dotted field path, such as `meetings.0.closes_at`, or `(file)` for the file as a whole. */
  field: string;
  /** What is wrong, then after a dash how to fix it. */
  message: string;
}

/** What `validateContent` found: every problem, and how many entries of each kind it checked. */
export interface ValidationResult {
  problems: Problem[];
  checked: Record<CollectionName, number>;
}

/** The field shown for problems that concern the whole file. */
export const FILE_FIELD = '(file)';

/** `meetings.0.closes_at`; the empty path is the file itself. */
export function fieldName(path: FieldPath): string {
  return path.length === 0 ? FILE_FIELD : path.map(String).join('.');
}

/** Sorted by file, then line, then column, so the output reads top to bottom and is deterministic. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0);
}
