import { useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useT } from '../i18n/useT';
import { Field } from './Field';
import { Icon } from './Icon';

interface PassphraseFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'current-password' | 'new-password';
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** Marks the input invalid when the error is shown elsewhere (e.g. an alert under the form). */
  readonly invalid?: boolean;
  readonly extra?: ReactNode;
  readonly autoFocus?: boolean;
  readonly onBlur?: () => void;
  readonly inputRef?: RefObject<HTMLInputElement | null>;
  readonly testId?: string;
}

/** A password input with a show/hide toggle and a Caps Lock warning. */
export function PassphraseField({
  label,
  value,
  onChange,
  autoComplete,
  hint,
  error,
  invalid = false,
  extra,
  autoFocus,
  onBlur,
  inputRef,
  testId,
}: PassphraseFieldProps) {
  const { t } = useT();
  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => setCapsLock(e.getModifierState('CapsLock'));
  return (
    <Field label={label} hint={hint} error={error} invalid={invalid} extra={extra}>
      {({ input, describedBy }) => (
        <>
          <div className="input-group">
            <input
              id={input}
              ref={inputRef}
              className="input"
              type={visible ? 'text' : 'password'}
              value={value}
              onChange={(e) => onChange(e.target.value)}
              onKeyDown={onKey}
              onKeyUp={onKey}
              onBlur={() => {
                setCapsLock(false);
                onBlur?.();
              }}
              autoComplete={autoComplete}
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
              autoFocus={autoFocus}
              aria-invalid={error !== undefined || invalid ? true : undefined}
              aria-describedby={describedBy}
              data-testid={testId}
            />
            <button
              type="button"
              className="input-addon"
              onClick={() => setVisible((v) => !v)}
              aria-label={visible ? t('common.hidePassphraseLabel') : t('common.showPassphraseLabel')}
              aria-pressed={visible}
              aria-controls={input}
            >
              <Icon name={visible ? 'eyeOff' : 'eye'} size={16} />
              <span>{visible ? t('common.hidePassphrase') : t('common.showPassphrase')}</span>
            </button>
          </div>
          {capsLock ? (
            <p className="field-note" role="status">
              <Icon name="alert" size={14} />
              {t('common.capsLock')}
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}
