import type { Lane, LaneLabelKey } from '../../api/contract/views';

/** A lane's name: its data (a chain, region or actor), or the catalogue's words for a kind lane or the untagged lane. */
export function laneName(lane: Pick<Lane, 'label' | 'labelKey'>, t: (key: LaneLabelKey) => string): string {
  return lane.label ?? (lane.labelKey ? t(lane.labelKey) : '');
}
