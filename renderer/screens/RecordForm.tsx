import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { RecordKind } from '../../api/contract/common';
import { useRecords } from '../state/records';

/** Quick entry of a record: kind, title, date, chains and regions by name. */
export function RecordForm({ onDone }: { onDone(): void }) {
  const create = useRecords((s) => s.create);
  const [kind, setKind] = useState<RecordKind>('meeting');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [chains, setChains] = useState('');
  const [regions, setRegions] = useState('');
  const [error, setError] = useState<string | null>(null);
  const split = (s: string) => s.split(/[,，、\s]+/).filter(Boolean);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await create({ kind, title, dateStart: date || null, chains: split(chains), regions: split(regions) });
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  return (
    <form className="record-form" onSubmit={submit} aria-label="新建记录">
      <label>
        类型
        <select value={kind} onChange={(e) => setKind(e.target.value as RecordKind)}>
          <option value="meeting">会议/活动</option>
          <option value="plan">规划/行动计划</option>
          <option value="measure">措施/政策</option>
        </select>
      </label>
      <label className="grow">
        标题
        <input value={title} onChange={(e) => setTitle(e.target.value)} required autoFocus />
      </label>
      <label>
        日期
        <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="2023-06-12 / 2023-06 / 2023" />
      </label>
      <label>
        产业链
        <input value={chains} onChange={(e) => setChains(e.target.value)} placeholder="光电产业链" />
      </label>
      <label>
        地区
        <input value={regions} onChange={(e) => setRegions(e.target.value)} placeholder="洛阳市" />
      </label>
      <button type="submit">保存</button>
      <button type="button" onClick={onDone}>取消</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
