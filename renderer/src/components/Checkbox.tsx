import type { ReactNode } from 'react';

interface CheckboxProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children: ReactNode;
  readonly testId?: string;
  readonly disabled?: boolean;
}

/** A native checkbox with its label around it, so the whole text is the click target. */
export function Checkbox({ checked, onChange, children, testId, disabled }: CheckboxProps) {
  return (
    <label className={disabled ? 'checkbox checkbox-disabled' : 'checkbox'}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} disabled={disabled} />
      <span>{children}</span>
    </label>
  );
}
