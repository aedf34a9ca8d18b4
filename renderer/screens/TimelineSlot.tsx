import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

type Mod = { TimelineScreen?: ComponentType };

// The timeline is built by another engineer in renderer/timeline/. esbuild
// turns this template into the glob renderer/**/TimelineScreen.tsx: until the
// file exists it matches nothing and we show a placeholder; once it lands it is
// bundled with no change here.
const folder = 'timeline';
function loadTimeline(): Promise<Mod> {
  try {
    return import(`../${folder}/TimelineScreen.tsx`) as Promise<Mod>;
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
