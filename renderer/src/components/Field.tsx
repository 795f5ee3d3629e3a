import { useId, type ReactNode } from 'react';
import { Icon } from './Icon';

export interface FieldIds {
  readonly input: string;
  readonly describedBy: string | undefined;
}

interface FieldProps {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly invalid?: boolean;
  /** Extra content under the input (e.g. a strength meter), referenced by the input too. */
  readonly extra?: ReactNode;
  readonly children: (ids: FieldIds) => ReactNode;
}

/**
 * A labelled form field: label tied to the control, hint and error referenced with
 * aria-describedby, and the error announced politely when it appears.
 */
export function Field({ label, hint, error, invalid = false, extra, children }: FieldProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const extraId = extra ? `${id}-extra` : undefined;
  const describedBy = [errorId, extraId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error !== undefined || invalid ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      {children({ input: inputId, describedBy })}
      {extra ? <div id={extraId}>{extra}</div> : null}
      <div className="field-error-region" aria-live="polite">
        {error ? (
          <p className="field-error" id={errorId}>
            <Icon name="alert" size={14} />
            {error}
          </p>
        ) : null}
      </div>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
