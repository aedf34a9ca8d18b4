import { useTranslation } from 'react-i18next';
import { ChipInput } from '../../components/ChipInput';
import { TreePicker } from '../../components/TreePicker';
import { useEditor } from '../../state/editor';
import { useTaxonomy } from '../../state/taxonomy';
import { useDraft } from './hooks';

export function TagsSection() {
  const { t } = useTranslation();
  const update = useEditor((s) => s.update);
  const chains = useDraft((d) => d.chains);
  const regions = useDraft((d) => d.regions);
  const tags = useDraft((d) => d.tags);
  const tax = useTaxonomy();
  const errors = useEditor((s) => s.errors);
  const errorIn = (k: string) => Object.entries(errors).find(([f]) => f === k || f.startsWith(`${k}.`))?.[1];
  return (
    <section className="form-section" aria-labelledby="sec-tags">
      <h2 id="sec-tags">{t('editor.sections.tags')}</h2>
      <div className="form-grid tags-grid">
        <div className="field span-all">
          <span className="field-label" id="lbl-chains">{t('editor.chains')}</span>
          <TreePicker label={t('editor.chains')} tree={tax.chains} value={chains} onChange={(ids) => update({ chains: ids })} />
          {errorIn('chains') && <span className="field-error">{errorIn('chains')}</span>}
        </div>
        <div className="field span-all">
          <span className="field-label">{t('editor.regions')}</span>
          <TreePicker label={t('editor.regions')} tree={tax.regions} value={regions} onChange={(ids) => update({ regions: ids })} />
          {errorIn('regions') && <span className="field-error">{errorIn('regions')}</span>}
        </div>
        <div className="field span-all">
          <span className="field-label">{t('editor.tags')}</span>
          <ChipInput label={t('editor.tags')} value={tags} onChange={(v) => update({ tags: v })} suggestions={tax.tags.map((x) => x.name)} placeholder={t('filters.addTag')} />
          {errorIn('tags') && <span className="field-error">{errorIn('tags')}</span>}
        </div>
      </div>
    </section>
  );
}
