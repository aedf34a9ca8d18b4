import { api, copyText } from '../platform';
import { tIn } from '../i18n/t';
import { usePrefs } from './prefs';
import { toast } from './toasts';

/** Records as Markdown for a paper (quotes as footnotes with GB/T 7714 references) on the clipboard, with a toast. */
export async function copyRecordsMarkdown(ids: string[]): Promise<void> {
  if (!ids.length) return;
  const { content, records } = await api.export.markdown({ ids: ids.slice(0, 1000), lang: usePrefs.getState().lang });
  await copyText(content);
  toast(tIn('app')('toast.copiedMarkdown', { count: records }));
}
