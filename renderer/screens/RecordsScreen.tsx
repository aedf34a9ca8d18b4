import { useEffect, useState } from 'react';
import { useRecords } from '../state/records';
import { RecordForm } from './RecordForm';

const KIND = { meeting: '会议', plan: '规划', measure: '措施' } as const;

export function RecordsScreen() {
  const { rows, total, loading, error, load } = useRecords();
  const [adding, setAdding] = useState(false);
  useEffect(() => void load(), [load]);

  return (
    <section className="screen" aria-labelledby="records-title">
      <header className="screen-head">
        <h1 id="records-title">记录</h1>
        <span className="muted">{total} 条</span>
        <button onClick={() => setAdding(true)}>新建记录</button>
      </header>
      {adding && <RecordForm onDone={() => setAdding(false)} />}
      {error && <p role="alert" className="error">{error}</p>}
      {!loading && total === 0 && <p className="empty">还没有记录。新建一条，或用 chainline demo 载入示例数据。</p>}
      <table className="records">
        <thead>
          <tr>
            <th>日期</th>
            <th>类型</th>
            <th>标题</th>
            <th>产业链</th>
            <th>地区</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.dateEnd ? `${r.dateStart}–${r.dateEnd}` : (r.dateStart ?? '—')}</td>
              <td>{KIND[r.kind]}</td>
              <td>{r.title}</td>
              <td>{r.chains.map((c) => c.name).join('、')}</td>
              <td>{r.regions.map((c) => c.name).join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
