import { useTranslation } from 'react-i18next';

interface Props {
  columns: string[];
  rows: (string | number)[][];
}

/** The numbers behind a chart, for screen readers and for copying into a paper. */
export function ChartData({ columns, rows }: Props) {
  const { t } = useTranslation();
  return (
    <details className="chart-data">
      <summary>{t('dashboard.chartTable')}</summary>
      <div className="chart-data-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((v, j) => (
                  <td key={j} className={typeof v === 'number' ? 'num' : undefined}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
