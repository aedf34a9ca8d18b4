import type { Draft } from '../../lib/draft';
import { useEditor } from '../../state/editor';

/** One slice of the draft: a section re-renders only when its own fields change. */
export const useDraft = <T,>(sel: (d: Draft) => T): T => useEditor((s) => sel(s.draft));
/** The API's error for a field path relative to the record ('title', 'targets.0.metric'). */
export const useFieldError = (path: string): string | undefined => useEditor((s) => s.errors[path]);
