import { useEffect, useState, type ComponentType } from 'react';

type Props = { sourceId: string };
type Mod = { SourceSuggestions?: ComponentType<Props> };

// The import engineer's panel (renderer/import/SourceSuggestions.tsx). esbuild
// turns this template into the glob renderer/**/SourceSuggestions.tsx: until
// the file exists it matches nothing and the slot stays empty; once it lands it
// is bundled with no change here. (A glob into renderer/import/ itself would
// fail the build while that folder does not exist.)
const folder = 'import';
function load(): Promise<Mod> {
  try {
    return import(`../../${folder}/SourceSuggestions.tsx`) as Promise<Mod>;
  } catch {
    return Promise.resolve({});
  }
}

export function SuggestionsSlot({ sourceId }: Props) {
  const [Panel, setPanel] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .catch((): Mod => ({}))
      .then((m) => live && m.SourceSuggestions && setPanel(() => m.SourceSuggestions!));
    return () => {
      live = false;
    };
  }, []);
  return Panel ? <Panel sourceId={sourceId} /> : null;
}
