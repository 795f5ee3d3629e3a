import type { CatalogueShape } from './messages';
import { enConsent } from './en-consent';
import { enExport } from './en-export';
import { enIntake } from './en-intake';
import { enReview } from './en-review';
import { enRectify } from './en-rectify';
import { enRights } from './en-rights';

/**
 * English messages: the source catalogue. Keys are stable ids (`area.item`); other languages are
 * typed against this file (see catalogue.ts). Placeholders are `{name}`; plural messages use
 * `{count}` and choose `one`/`other` per language.
 */
export const en = {
  ...enIntake,
  ...enConsent,
  ...enReview,
  ...enRights,
  ...enExport,
  ...enRectify,
  'app.name': 'CVault',
  'app.tagline': 'Candidate CVs, encrypted on this device',

  'common.loading': 'Loading…',
  'common.showPassphrase': 'Show',
  'common.hidePassphrase': 'Hide',
  'common.showPassphraseLabel': 'Show passphrase',
  'common.hidePassphraseLabel': 'Hide passphrase',
  'common.capsLock': 'Caps Lock is on.',
  'common.retry': 'Try again',

  'auth.aside.title': 'Your candidates’ CVs stay on this laptop.',
  'auth.aside.encrypted': 'Encrypted with a key that only your passphrase unlocks.',
  'auth.aside.offline': 'Works offline. Nothing is uploaded, nothing is shared until you export.',
  'auth.aside.autoLock': 'Locks itself when you step away.',
  'auth.vaultFolder': 'Vault folder',

  'create.title': 'Create your vault',
  'create.intro':
    'CVault keeps every CV, consent record and export log in one encrypted vault on this device. Choose a passphrase to protect it.',
  'create.passphrase': 'Passphrase',
  'create.passphraseHint':
    'At least {min} characters. A few unrelated words work well, for example “harbour lemon violin cloud”.',
  'create.confirm': 'Confirm passphrase',
  'create.mismatch': 'The two passphrases do not match.',
  'create.warningTitle': 'This passphrase cannot be recovered',
  'create.warningBody':
    'There is no reset link and no back door. If you forget it, the CVs in this vault cannot be opened again, by you or by anyone else. Keep it in your password manager.',
  'create.submit': 'Create vault',
  'create.submitting': 'Creating vault…',

  'strength.label': 'Passphrase strength',
  'strength.level.too-short': 'Too short',
  'strength.level.weak': 'Weak',
  'strength.level.fair': 'Fair',
  'strength.level.strong': 'Strong',
  'strength.advice.too-short': 'Use at least {min} characters.',
  'strength.advice.weak': 'Too easy to guess. Add more words and avoid common ones.',
  'strength.advice.fair': 'Good enough. One more word makes it strong.',
  'strength.advice.strong': 'Hard to guess. Good choice.',

  'unlock.title': 'Unlock your vault',
  'unlock.intro': 'Enter your passphrase to open the vault on this device.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.submitting': 'Unlocking…',
  'unlock.lockedIdle': {
    one: 'Locked after {count} minute of inactivity. Enter your passphrase to continue.',
    other: 'Locked after {count} minutes of inactivity. Enter your passphrase to continue.',
  },
  'unlock.lockedUser': 'Vault locked. Enter your passphrase to continue.',

  'unauthorized.title': 'Open CVault from the link in your terminal',
  'unauthorized.body':
    'This page needs the private link CVault printed when it started in browser mode. The link carries a key for this session only, so other pages and programs cannot reach your vault.',
  'unauthorized.step1': 'Find the line “CVault is running in browser mode:” in the terminal.',
  'unauthorized.step2': 'Open that link, including everything after the #, in this browser.',
  'unauthorized.step3': 'Closed the terminal? Start CVault again to get a new link.',

  'unreachable.title': 'CVault is not responding',
  'unreachable.body':
    'The CVault process behind this window has stopped or cannot be reached. Start it again, then try again here.',

  'shell.navLabel': 'Main navigation',
  'shell.lock': 'Lock',
  'shell.lockHint': 'Lock the vault now',
  'shell.unlocked': 'Vault unlocked',
  'shell.autoLock': {
    one: 'Locks after {count} min idle',
    other: 'Locks after {count} min idle',
  },

  'nav.candidates': 'Candidates',
  'nav.import': 'Import',
  'nav.clients': 'Clients',
  'nav.requests': 'Requests',
  'nav.settings': 'Settings',

  'candidates.subtitle': 'Everyone whose CV is in your vault.',
  'candidates.emptyTitle': 'No candidates yet',
  'candidates.emptyBody':
    'Import CVs to build your talent pool. Each candidate keeps their source, consent and review status, ready for a blind or named company CV.',
  'candidates.emptyAction': 'Import CVs',

  'import.subtitle': 'Bring PDF and Word CVs into the vault.',
  'import.emptyTitle': 'Import CVs, one or hundreds at a time',
  'import.emptyBody':
    'Add PDF or DOCX files and record where each one came from: a job site, a referral, a business card. Files are read on this device and stored encrypted; nothing is uploaded.',

  'clients.subtitle': 'Companies you send company CVs to.',
  'clients.emptyTitle': 'No clients yet',
  'clients.emptyBody':
    'Add the clients you present candidates to. Every CV you share with a client is logged, so you can always tell who received what, and when.',

  'requests.subtitle': 'GDPR rights requests and retention reviews.',

  'settings.subtitle': 'You, your firm’s privacy details, and how your vault is protected.',
  'settings.vaultTitle': 'Vault',
  'settings.vaultIntro': 'Where the encrypted vault lives and how it protects itself.',
  'settings.folder': 'Folder',
  'settings.schemaVersion': 'Schema version',
  'settings.autoLock': 'Auto-lock',
  'settings.autoLockValue': {
    one: 'After {count} minute of inactivity',
    other: 'After {count} minutes of inactivity',
  },
  'settings.unknown': 'Unknown',
  'settings.contentsTitle': 'Contents',
  'settings.contentsIntro': 'What is stored in the vault right now.',
  'settings.contentsType': 'Records',
  'settings.contentsCount': 'Count',
  'settings.count.candidates': 'Candidates',
  'settings.count.documents': 'Documents',
  'settings.count.clients': 'Clients',
  'settings.count.shares': 'Shared CVs',
  'settings.count.rights_requests': 'Rights requests',
  'settings.passphraseTitle': 'Change passphrase',
  'settings.passphraseIntro':
    'The vault key is re-wrapped with the new passphrase. Your data is not re-encrypted, so this only takes a moment.',
  'settings.current': 'Current passphrase',
  'settings.next': 'New passphrase',
  'settings.confirm': 'Confirm new passphrase',
  'settings.sameAsCurrent': 'The new passphrase must be different from the current one.',
  'settings.submit': 'Change passphrase',
  'settings.submitting': 'Changing passphrase…',
  'settings.changed': 'Passphrase changed. Use the new one the next time you unlock.',

  'error.INVALID_INPUT': 'CVault could not process that request. Check what you entered and try again.',
  'error.INTERNAL': 'Something went wrong inside CVault. Nothing was changed; please try again.',
  'error.VAULT_NOT_FOUND': 'There is no vault in this folder.',
  'error.VAULT_EXISTS': 'A vault already exists in this folder.',
  'error.VAULT_LOCKED': 'The vault is locked. Unlock it to continue.',
  'error.VAULT_WEAK_PASSPHRASE':
    'That passphrase is too easy to guess. Choose a longer one: a few unrelated words work well.',
  'error.VAULT_WRONG_PASSPHRASE': 'That passphrase is not correct. Check it, and Caps Lock, then try again.',
  'error.VAULT_CORRUPT':
    'The vault files are damaged and cannot be opened. Nothing was changed. Restore the vault folder from a backup.',
  'error.VAULT_BUSY': 'The vault is open in another CVault window or process. Close that one, then try again.',
  'error.VAULT_TOO_NEW': 'This vault was saved by a newer version of CVault. Update CVault to open it.',
  'error.IMPORT_UNSUPPORTED_TYPE': 'This file type cannot be imported. Use PDF or Word (.docx) files.',
  'error.IMPORT_TOO_LARGE': 'This file is too large to import safely.',
  'error.IMPORT_ENCRYPTED': 'This file is password-protected. Remove the password, then import it again.',
  'error.IMPORT_CORRUPT': 'This file is damaged and cannot be read.',
  'error.IMPORT_NO_TEXT':
    'No text was found in this file. It may be a scanned image; import a text-based PDF or Word file instead.',
  'error.IMPORT_TIMEOUT': 'Reading this file took too long, so it was stopped. Nothing was saved for it.',
  'error.IMPORT_CANCELLED': 'The import was cancelled. Files not yet imported were not saved.',
  'error.CANDIDATE_NOT_FOUND': 'This candidate is no longer in the vault.',
  'error.CLIENT_NOT_FOUND': 'That client is not in the vault. Add it under Clients first.',
  'error.CLIENT_EXISTS': 'A client with that name already exists.',
  'error.TEMPLATE_NOT_FOUND': 'That CV template was not found. Pick another template, or check the template folder in Settings.',
  'error.TEMPLATE_INVALID':
    'That CV template cannot be used: its template.json or one of its files is not valid. The details name the field to fix.',
  'error.EXPORT_BLOCKED_UNREVIEWED': 'This CV has not been reviewed yet. Finish the review of what was found, then export.',
  'error.EXPORT_BLOCKED_NO_CONSENT': 'This CV may not be sent to this client yet. The reasons are listed; resolve them, then export.',
  'error.EXPORT_BLOCKED_LEAK':
    'The company CV was not written: it still contained personal details that must not be there. Remove them in review, then export again.',
  'error.EXPORT_FILE_EXISTS': 'A file with that name already exists. Choose another name or folder.',
  'error.REVIEW_ITEM_NOT_FOUND': 'That finding is not in this CV\'s review any more. Reload the review and try again.',
  'error.REVIEW_TEXT_NOT_FOUND': 'That text does not appear in this CV. Check the spelling, or select it in the CV text.',
  'error.RIGHTS_REQUEST_NOT_FOUND': 'That rights request is not in the vault (it may have been erased with its candidate).',
  'error.RIGHTS_REQUEST_CLOSED': 'That rights request is already closed.',
  'error.RIGHTS_IDENTITY_UNVERIFIED': 'Record how the requester’s identity was verified before disclosing any data.',
  'error.RIGHTS_EXTENSION_NOT_ALLOWED':
    'The deadline cannot be extended: at most two extra months in total, decided and told to the candidate within the first month.',
  'error.RIGHTS_BUNDLE_FOLDER': 'The bundle could not be written there. Pick an existing folder you can write to; an earlier bundle is never overwritten.',
} as const satisfies CatalogueShape;
