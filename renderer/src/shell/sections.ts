import type { IconName } from '../components/Icon';

/** The sections of the left navigation, in order. */
export const SECTIONS = [
  { id: 'candidates', icon: 'users', label: 'nav.candidates', subtitle: 'candidates.subtitle' },
  { id: 'import', icon: 'upload', label: 'nav.import', subtitle: 'import.subtitle' },
  { id: 'clients', icon: 'building', label: 'nav.clients', subtitle: 'clients.subtitle' },
  { id: 'requests', icon: 'inbox', label: 'nav.requests', subtitle: 'requests.subtitle' },
  { id: 'shares', icon: 'send', label: 'nav.shares', subtitle: 'shares.subtitle' },
  { id: 'retention', icon: 'clock', label: 'nav.retention', subtitle: 'retention.subtitle' },
  { id: 'audit', icon: 'shield', label: 'nav.audit', subtitle: 'audit.subtitle' },
  { id: 'settings', icon: 'settings', label: 'nav.settings', subtitle: 'settings.subtitle' },
] as const satisfies readonly { id: string; icon: IconName; label: string; subtitle: string }[];

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section['id'];
export const DEFAULT_SECTION: SectionId = 'candidates';
