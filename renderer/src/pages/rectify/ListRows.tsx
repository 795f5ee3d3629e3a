import { useEffect, useId, useRef } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';

interface ListRowsProps {
  readonly legend: string;
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  /** Accessible label of row n (1-based), of its remove button, and of the add button. */
  readonly rowLabel: (n: number) => string;
  readonly removeLabel: (n: number) => string;
  readonly addLabel: string;
  readonly removeText: string;
  readonly emptyText: string;
  /** The problem of row i in words, when there is one. */
  readonly problem: (i: number) => string | undefined;
  readonly type?: 'email' | 'tel' | 'url' | 'text';
  readonly testId: string;
}

/**
 * A list of single-line values (e-mails, phones, links) with a row per value. Adding focuses the
 * new row; removing focuses the row that took its place, or the add button when none is left.
 */
export function ListRows({ legend, values, onChange, rowLabel, removeLabel, addLabel, removeText, emptyText, problem, type = 'text', testId }: ListRowsProps) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const addRow = useRef<HTMLDivElement>(null);
  const focusNext = useRef<number | undefined>(undefined);

  useEffect(() => {
    const i = focusNext.current;
    if (i === undefined) return;
    focusNext.current = undefined;
    const inputs = list.current?.querySelectorAll<HTMLInputElement>('input');
    const target = inputs && inputs.length > 0 ? inputs[Math.min(i, inputs.length - 1)] : undefined;
    (target ?? addRow.current?.querySelector('button'))?.focus();
  }, [values]);

  const set = (i: number, v: string): void => onChange(values.map((x, j) => (j === i ? v : x)));
  const remove = (i: number): void => {
    focusNext.current = i;
    onChange(values.filter((_, j) => j !== i));
  };
  const add = (): void => {
    focusNext.current = values.length;
    onChange([...values, '']);
  };

  return (
    <fieldset className="fieldset rectify-list" data-testid={testId}>
      <legend className="field-label">{legend}</legend>
      <div className="rectify-rows" ref={list}>
        {values.length === 0 ? <p className="cell-note">{emptyText}</p> : null}
        {values.map((v, i) => {
          const error = problem(i);
          const errorId = `${id}-${i}-error`;
          return (
            <div key={i} className={error ? 'rectify-row field-invalid' : 'rectify-row'} data-testid={`${testId}-row`}>
              <div className="rectify-row-line">
                <input
                  className="input"
                  type={type}
                  value={v}
                  onChange={(e) => set(i, e.target.value)}
                  aria-label={rowLabel(i + 1)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  autoComplete="off"
                  spellCheck={false}
                  data-testid={`${testId}-input`}
                />
                <Button variant="ghost" size="sm" icon="x" onClick={() => remove(i)} aria-label={removeLabel(i + 1)} title={removeLabel(i + 1)} data-testid={`${testId}-remove`}>
                  {/* Icon only beside the input: the row needs the width; the label names the row. */}
                  <span className="visually-hidden">{removeText}</span>
                </Button>
              </div>
              {error ? (
                <p className="field-error" id={errorId} data-testid={`${testId}-error`}>
                  <Icon name="alert" size={14} />
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <div ref={addRow}>
        <Button variant="ghost" size="sm" icon="plus" onClick={add} data-testid={`${testId}-add`}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
