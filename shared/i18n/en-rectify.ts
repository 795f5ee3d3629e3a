/**
 * English UI messages for correcting a candidate's data and CV (GDPR art. 16). Spread into the
 * source catalogue (en.ts); same key rules.
 */
export const enRectify = {
  'rectify.open': 'Correct data',
  'rectify.title': 'Correct {name}’s data',
  'rectify.titleNoName': 'Correct this candidate’s data',
  'rectify.intro': 'Your corrections are saved as version {version}. Earlier versions stay as they were, so what was held before can still be shown.',
  'rectify.close': 'Close without saving',
  'rectify.closeShort': 'Close',

  'rectify.contactTitle': 'Contact details',
  'rectify.contactHint': 'A corrected name, e-mail, phone, address or link is also corrected where the CV text repeats it.',
  'rectify.name': 'Name',
  'rectify.address': 'Address',
  'rectify.emails': 'E-mail addresses',
  'rectify.email': 'E-mail address {n}',
  'rectify.emailAdd': 'Add e-mail address',
  'rectify.emailRemove': 'Remove e-mail address {n}',
  'rectify.phones': 'Phone numbers',
  'rectify.phone': 'Phone number {n}',
  'rectify.phoneAdd': 'Add phone number',
  'rectify.phoneRemove': 'Remove phone number {n}',
  'rectify.links': 'Links',
  'rectify.link': 'Link {n}',
  'rectify.linkAdd': 'Add link',
  'rectify.linkRemove': 'Remove link {n}',
  'rectify.listEmpty': 'None yet.',
  'rectify.remove': 'Remove',

  'rectify.cvTitle': 'CV text',
  'rectify.header': 'Top of the CV',
  'rectify.linesHint': 'One line per line. Empty lines are left out.',
  'rectify.sectionTitle': 'Section title',
  'rectify.sectionLines': 'Lines',
  'rectify.entry': 'Entry {n}',
  'rectify.entryTitle': 'Title',
  'rectify.entryOrganisation': 'Organisation',
  'rectify.entryPeriod': 'Period',
  'rectify.entryLocation': 'Location',
  'rectify.entryBullets': 'Bullets',
  'rectify.bulletsHint': 'One bullet per line.',

  'rectify.problem.email': 'Enter an e-mail address like name@example.com.',
  'rectify.problem.phone': 'Enter a phone number: digits, spaces and an optional leading +.',
  'rectify.problem.duplicate': 'This one is already in the list.',
  'rectify.problemsSummary': {
    one: 'Correct the highlighted field before saving.',
    other: 'Correct the {count} highlighted fields before saving.',
  },
  'rectify.unchanged': 'Nothing has been changed yet.',
  'rectify.save': 'Save corrections',
  'rectify.stale':
    'This CV changed while you were editing it (a new import or another correction). Your corrections were not saved: reload to see the latest version, then apply them again.',
  'rectify.reload': 'Reload the candidate',
  'rectify.saved': 'Corrections saved as version {version}.',
} as const;
