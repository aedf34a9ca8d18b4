import * as P from './palette';

type LegendKey = 'meeting' | 'plan' | 'measure' | 'vague' | 'vagueEnds' | 'cluster' | 'more';

/** The key to the drawing: under the timeline on screen, and on every printed timeline page so each reads on its own. */
export function Legend({ t }: { t: (key: `legend.${LegendKey}`) => string }) {
  return (
    <div className="legend">
      <span><svg width="10" height="10"><circle cx="5" cy="5" r="3.2" fill={P.KIND_COLOR[0]} /></svg>{t('legend.meeting')}</span>
      <span><svg width="18" height="10"><rect x="1" y="1" width="16" height="8" rx="1.5" fill={P.KIND_COLOR[1]} /></svg>{t('legend.plan')}</span>
      <span><svg width="18" height="10"><rect x="1" y="1" width="16" height="8" rx="1.5" fill={P.KIND_COLOR[2]} /></svg>{t('legend.measure')}</span>
      <span>
        <svg width="18" height="10"><rect x="1" y="1" width="16" height="8" fill={P.KIND_COLOR[1]} fillOpacity={P.VAGUE_ALPHA} stroke={P.KIND_COLOR[1]} strokeWidth="0.6" strokeDasharray="2 1.5" /></svg>
        {t('legend.vague')}
      </span>
      <span>
        <svg width="26" height="10">
          <rect x="1" y="1" width="24" height="8" fill={P.KIND_COLOR[1]} fillOpacity={P.VAGUE_ALPHA} stroke={P.KIND_COLOR[1]} strokeWidth="0.6" strokeDasharray="2 1.5" />
          <rect x="7" y="1" width="12" height="8" fill={P.KIND_COLOR[1]} />
        </svg>
        {t('legend.vagueEnds')}
      </span>
      <span><svg width="20" height="12"><rect x="1" y="0.5" width="18" height="11" rx="5.5" fill={P.CLUSTER_FILL} stroke={P.CLUSTER_STROKE} strokeWidth="0.6" /></svg>{t('legend.cluster')}</span>
      <span>
        <svg width="20" height="12"><rect x="1" y="0.5" width="18" height="11" rx="5.5" fill={P.OVERFLOW_FILL} stroke={P.CLUSTER_STROKE} strokeWidth="0.6" strokeDasharray="2 1.5" /></svg>
        {t('legend.more')}
      </span>
    </div>
  );
}
