import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly SelectOption[];
  /** A first, empty choice such as "Choose…" or "Any". */
  readonly placeholder?: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly testId?: string;
  readonly ref?: Ref<HTMLSelectElement>;
}

/** A labelled native select: keyboard and screen-reader behaviour come from the platform. */
export function SelectField({ label, value, onChange, options, placeholder, hint, error, testId, className, ref, ...rest }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ input, describedBy }) => (
        <select
          id={input}
          ref={ref}
          className={className ? `input select ${className}` : 'input select'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          data-testid={testId}
          {...rest}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
