/**
 * Which question of the forms a field of an entry file answers, so that what the validator finds in a
 * converted file is asked about in the form's own words ("Start time"), not as a YAML path.
 */
const BY_PATH: [RegExp, string][] = [
  [/^(?:meetings|hours)\.\d+\.opens_at/, 'opens_at'],
  [/^(?:meetings|hours)\.\d+\.closes_at/, 'closes_at'],
  [/^(?:meetings|hours)\.\d+\.valid_from/, 'first_date'],
  [/^(?:meetings|hours)/, 'days'],
  [/^hours$/, 'hours'],
  [/^location\.kind/, 'location_kind'],
  [/^location\.area/, 'area'],
  [/^location\.venue/, 'venue'],
  [/^location\.address_1/, 'address'],
  [/^location\.address_2/, 'address_2'],
  [/^location\.city/, 'city'],
  [/^location\.state_province/, 'state'],
  [/^location\.postal_code/, 'postcode'],
  [/^location\.(?:latitude|longitude)/, 'coordinates'],
  [/^location/, 'location_kind'],
  [/^online/, 'online'],
  [/^contact\.role/, 'contact_role'],
  [/^contact\.email|^email/, 'contact_email'],
  [/^contact\.phone|^phones/, 'contact_phone'],
  [/^contact\.website|^website/, 'website'],
  [/^contact/, 'contact_email'],
  [/^cost\.description/, 'cost_description'],
  [/^cost/, 'cost'],
  [/^alert/, 'details'],
];

/** The form field ids a field path may be asked as, best first. */
export function formFieldsOf(path: string): string[] {
  const top = path.split('.')[0] ?? path;
  const matches = BY_PATH.filter(([pattern]) => pattern.test(path)).map(([, id]) => id);
  return [...matches, ...(path === 'alert' ? ['alert'] : []), top];
}
