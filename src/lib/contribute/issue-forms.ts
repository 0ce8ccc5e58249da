import { parse } from 'yaml';
import { IssueBodyError } from './issue-body.ts';

/**
 * The issue forms in `.github/ISSUE_TEMPLATE/`, read from their YAML so each label is written once, in
 * the form. The reader finds answers by field id and speaks of fields by their labels.
 */

/** What an approved issue made with each form does to the content. */
export type FormPurpose = 'add-group' | 'add-service' | 'change' | 'closed' | 'still-correct';

export const FORM_FILES: Record<FormPurpose, string> = {
  'add-group': 'add-group.yml',
  'add-service': 'add-service.yml',
  change: 'change-entry.yml',
  closed: 'report-closed.yml',
  'still-correct': 'still-correct.yml',
};

export interface FormField {
  id: string;
  label: string;
  type: string;
  /** A dropdown's options as shown: "peer — people with lived experience". */
  options: string[];
  multiple: boolean;
}

export interface IssueForm {
  purpose: FormPurpose;
  name: string;
  fields: FormField[];
}

interface FormYaml {
  name: string;
  body: {
    type: string;
    id?: string;
    attributes?: { label?: string; options?: (string | { label: string })[]; multiple?: boolean };
  }[];
}

export function readIssueForm(yamlText: string, purpose: FormPurpose): IssueForm {
  const form = parse(yamlText) as FormYaml;
  const fields = form.body.flatMap((item): FormField[] =>
    item.id && item.attributes?.label
      ? [
          {
            id: item.id,
            label: item.attributes.label,
            type: item.type,
            options: (item.attributes.options ?? []).map((option) =>
              typeof option === 'string' ? option : option.label,
            ),
            multiple: item.attributes.multiple === true,
          },
        ]
      : [],
  );
  return { purpose, name: form.name, fields };
}

/** The label a form gives a field id, for messages in the form's own words. */
export function labelOf(form: IssueForm, id: string): string | undefined {
  return form.fields.find((field) => field.id === id)?.label;
}

/**
 * The form an issue body was made with: the one that asks every heading the body has. Headings no form
 * asks mean the issue was not made with a form, or a heading was edited.
 */
export function formOfBody(sections: Map<string, unknown>, forms: readonly IssueForm[]): IssueForm {
  const headings = [...sections.keys()];
  const known = (form: IssueForm) => headings.filter((h) => form.fields.some((f) => f.label === h)).length;
  // GitHub writes every heading of the form, answered or not; of forms asking them all, the smallest fits.
  const best = [...forms].sort((a, b) => known(b) - known(a) || a.fields.length - b.fields.length)[0];
  if (!best || known(best) === 0)
    throw new IssueBodyError(
      'was not made with one of the forms in .github/ISSUE_TEMPLATE/ — its headings are none of theirs',
    );
  const unknown = headings.filter((heading) => !best.fields.some((field) => field.label === heading));
  if (unknown.length > 0) {
    throw new IssueBodyError(
      `has ${unknown.map((label) => `"### ${label}"`).join(', ')}, which the form "${best.name}" does not ask — was the issue made with a different form, or a heading edited?`,
    );
  }
  return best;
}

/** The answers of a submitted form by field id, with dropdowns read back to their values. */
export interface Answers {
  form: IssueForm;
  /** The answer as written, trimmed; undefined when the field was left empty. */
  text(id: string): string | undefined;
  /** A dropdown's value: the words before " — " of the option chosen. */
  choice(id: string): string | undefined;
  /** A multiple-choice dropdown's values, in the form's order. */
  choices(id: string): string[];
}

export function answersOf(sections: Map<string, string | undefined>, form: IssueForm): Answers {
  const byId = new Map<string, string>();
  for (const field of form.fields) {
    const value = sections.get(field.label);
    if (value !== undefined) byId.set(field.id, value);
  }
  const key = (option: string) => option.split(' — ')[0]?.trim() ?? option;
  return {
    form,
    text: (id) => byId.get(id),
    choice: (id) => {
      const value = byId.get(id);
      return value === undefined ? undefined : key(value);
    },
    choices: (id) => {
      const value = byId.get(id);
      const field = form.fields.find((candidate) => candidate.id === id);
      if (value === undefined || !field) return [];
      return field.options.filter((option) => value.includes(option)).map(key);
    },
  };
}
