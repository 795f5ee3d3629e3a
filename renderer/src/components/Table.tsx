import type { ReactNode } from 'react';

export interface TableColumn {
  readonly label: string;
  readonly align?: 'start' | 'end';
  /** For screen readers only, e.g. the heading over a column of row actions. */
  readonly hidden?: boolean;
}

const alignClass = (column: TableColumn | undefined): string | undefined => (column?.align === 'end' ? 'align-end' : undefined);

interface TableFrameProps {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** The rows: `<tr>` elements, with a `<th scope="row">` each. */
  readonly children: ReactNode;
  /** Extra class on the table, next to `table`. */
  readonly className?: string;
  /** Extra class on the scrolling wrapper, next to `table-wrap`. */
  readonly wrapClassName?: string;
  readonly testId?: string;
}

/** A data table's frame: scrolling wrapper, (visually hidden) caption and column headings; the caller writes the rows. */
export function TableFrame({ caption, columns, children, className, wrapClassName, testId }: TableFrameProps) {
  return (
    <div className={wrapClassName ? `table-wrap ${wrapClassName}` : 'table-wrap'}>
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={alignClass(c)}>
                {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

interface TableProps {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly ReactNode[])[];
  readonly rowKeys: readonly string[];
  readonly testId?: string;
}

/** A plain data table whose rows are lists of cells; the first cell heads its row. */
export function Table({ caption, columns, rows, rowKeys, testId }: TableProps) {
  return (
    <TableFrame caption={caption} columns={columns} testId={testId}>
      {rows.map((cells, r) => (
        <tr key={rowKeys[r] ?? r}>
          {cells.map((cell, c) => {
            const align = alignClass(columns[c]);
            return c === 0 ? (
              <th key={c} scope="row" className={align}>
                {cell}
              </th>
            ) : (
              <td key={c} className={align}>
                {cell}
              </td>
            );
          })}
        </tr>
      ))}
    </TableFrame>
  );
}
