import { useRef, useState } from 'react';
import type { CandidateDetail } from '../../../../shared/candidates/candidate';
import { Button } from '../../components/Button';
import { useT } from '../../i18n/useT';
import { RectifyDialog } from './RectifyDialog';

interface RectifyActionProps {
  /** The candidate at its latest version. */
  readonly candidate: CandidateDetail;
  readonly onSaved: (version: number) => void;
  readonly onReload: () => void;
}

/** The "Correct data" button and, while open, its dialog (mounted fresh each time, so Cancel discards). */
export function RectifyAction({ candidate, onSaved, onReload }: RectifyActionProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  // The dialog goes away on save too, not only on close: focus returns to the button either way.
  const close = (): void => {
    setOpen(false);
    requestAnimationFrame(() => wrapper.current?.querySelector('button')?.focus());
  };
  return (
    <div ref={wrapper} className="rectify-action">
      <Button icon="edit" onClick={() => setOpen(true)} data-testid="open-rectify">
        {t('rectify.open')}
      </Button>
      {open ? (
        <RectifyDialog
          candidate={candidate}
          onClose={close}
          onSaved={(version) => {
            close();
            onSaved(version);
          }}
          onReload={() => {
            close();
            onReload();
          }}
        />
      ) : null}
    </div>
  );
}
