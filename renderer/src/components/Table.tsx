import type { ReactNode } from 'react';

export interface TableColumn {
  readonly label: string;
  readonly align?: 'start' | 'end';
}

interface TableProps {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly ReactNode[])[];
  readonly rowKeys: readonly string[];
  readonly testId?: string;
}

/** A plain data table with a (visually hidden) caption for screen readers. */
export function Table({ caption, columns, rows, rowKeys, testId }: TableProps) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.align === 'end' ? 'align-end' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={rowKeys[r] ?? r}>
              {cells.map((cell, c) => {
                const align = columns[c]?.align === 'end' ? 'align-end' : undefined;
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
        </tbody>
      </table>
    </div>
  );
}
