import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

type Mod = { TimelineScreen?: ComponentType };

// The timeline is built by another engineer in renderer/timeline/. Until its
// TimelineScreen.tsx exists, the glob import below matches nothing and we show a
// placeholder; once it lands, esbuild bundles it with no change here.
const name = 'Timeline';
function loadTimeline(): Promise<Mod> {
  try {
    return import(`../timeline/${name}Screen.tsx`) as Promise<Mod>;
  } catch {
    return Promise.resolve({});
  }
}

export function TimelineSlot() {
  const { t } = useTranslation();
  const [Screen, setScreen] = useState<ComponentType | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadTimeline()
      .catch((): Mod => ({}))
      .then((m) => live && setScreen(() => m.TimelineScreen ?? null));
    return () => {
      live = false;
    };
  }, []);
  if (Screen) return <Screen />;
  return (
    <section className="screen" aria-labelledby="timeline-title">
      <header className="screen-head">
        <h1 id="timeline-title">{t('nav.timeline')}</h1>
      </header>
      {Screen === null && <p className="empty">{t('timeline.placeholder')}</p>}
    </section>
  );
}
