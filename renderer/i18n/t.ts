import i18next, { type TFunction } from 'i18next';
import type { Namespace } from '../../i18n';

/** A namespace's t() in the current UI language, for stores and event handlers outside React. */
export function tIn<N extends Namespace>(ns: N): TFunction<N> {
  return i18next.getFixedT(null, ns);
}
