import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, RECORD_KINDS, type MeetingKind, type RecordKind } from '../../../api/contract/common';
import { Field } from '../../components/Field';
import { useEditor } from '../../state/editor';
import { DateField } from './DateField';
import { useDraft, useFieldError } from './hooks';

export function BasicsSection() {
  const { t } = useTranslation();
  const update = useEditor((s) => s.update);
  const kind = useDraft((d) => d.kind);
  const subkind = useDraft((d) => d.subkind);
  const title = useDraft((d) => d.title);
  const summary = useDraft((d) => d.summary);
  const dateStart = useDraft((d) => d.dateStart);
  const dateEnd = useDraft((d) => d.dateEnd);
  const issuedOn = useDraft((d) => d.issuedOn);
  const isNew = useDraft((d) => !d.id);
  const errTitle = useFieldError('title');
  const errSub = useFieldError('subkind');
  const errStartField = useFieldError('dateStart');
  const errDate = useFieldError('date');
  const errStart = errStartField ?? errDate;
  const errEnd = useFieldError('dateEnd');
  const errIssued = useFieldError('issuedOn');

  const setKind = (k: RecordKind) =>
    update({ kind: k, subkind: k === 'meeting' ? subkind || 'chain-meeting' : '', status: k === 'meeting' ? '' : useEditor.getState().draft.status || 'announced' });

  return (
    <section className="form-section" aria-labelledby="sec-basics">
      <h2 id="sec-basics">{t('editor.sections.basics')}</h2>
      <div className="form-grid">
        <fieldset className="kind-pick">
          <legend>{t('editor.kind')}</legend>
          {RECORD_KINDS.map((k) => (
            <label key={k} className={kind === k ? 'on' : undefined}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'meeting' && (
          <Field label={t('editor.subkind')} error={errSub}>
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} value={subkind} onChange={(e) => update({ subkind: e.target.value as MeetingKind })}>
                {MEETING_KINDS.map((k) => (
                  <option key={k} value={k}>{t(`subkinds.${k}`)}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('editor.title')} error={errTitle} className="span-all">
          {({ id, describedBy, invalid }) => (
            <input id={id} className="title-input" value={title} aria-required="true" autoFocus={isNew} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => update({ title: e.target.value })} />
          )}
        </Field>
        <DateField label={kind === 'meeting' ? t('editor.date') : t('editor.dateStart')} value={dateStart} error={errStart} onChange={(v) => update({ dateStart: v })} onRange={(start, end) => update({ dateStart: start, dateEnd: end })} />
        <DateField label={t('editor.dateEnd')} value={dateEnd} error={errEnd} onChange={(v) => update({ dateEnd: v })} />
        {kind !== 'meeting' && <DateField label={t('editor.issuedOn')} value={issuedOn} error={errIssued} onChange={(v) => update({ issuedOn: v })} />}
        <Field label={t('editor.summary')} className="span-all">
          {({ id }) => <textarea id={id} rows={3} value={summary} onChange={(e) => update({ summary: e.target.value })} />}
        </Field>
      </div>
    </section>
  );
}
