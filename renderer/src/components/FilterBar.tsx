import type { ReactNode } from 'react';
import { Button } from './Button';
import { Icon } from './Icon';

interface FilterBarProps {
  readonly testId: string;
  /** Label of the button that clears the filters; shown only while something is filtered. */
  readonly clearLabel: string;
  readonly filtered: boolean;
  readonly onClear: () => void;
  readonly children: ReactNode;
}

/** A row of filters over a list, with a way back to the unfiltered list. */
export function FilterBar({ testId, clearLabel, filtered, onClear, children }: FilterBarProps) {
  return (
    <div className="filters" role="search" data-testid={testId}>
      {children}
      {filtered ? (
        <div className="filter-clear">
          <Button variant="ghost" size="sm" icon="x" onClick={onClear}>
            {clearLabel}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

interface SearchBoxProps {
  /** Ties the (visually hidden) label to the input; also its test id. */
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** The free-text search at the start of a filter bar. */
export function SearchBox({ id, label, placeholder, value, onChange }: SearchBoxProps) {
  return (
    <div className="search-box">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <Icon name="search" size={16} className="search-icon" />
      <input
        id={id}
        type="search"
        className="input search-input"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={200}
        data-testid={id}
      />
    </div>
  );
}
