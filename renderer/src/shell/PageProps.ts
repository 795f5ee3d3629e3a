import type { VaultStatus } from '../../../shared/contract';
import type { SectionId } from './sections';

/** What every page of the shell receives. */
export interface PageProps {
  readonly status: VaultStatus;
  readonly navigate: (section: SectionId) => void;
  /** Opens one candidate's page (inside the Candidates section). */
  readonly openCandidate: (id: number) => void;
  /** Set when the Candidates section shows one candidate rather than the list. */
  readonly candidateId?: number | undefined;
  /** A call returned a newer vault status (e.g. after changing the passphrase). */
  readonly onStatus: (status: VaultStatus) => void;
}
