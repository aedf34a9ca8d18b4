import { useEffect, useState, type ComponentType } from 'react';

// Mount points for the import engineer's components in renderer/import/. Each
// template below becomes an esbuild glob (renderer/**/<Name>.tsx): until the
// file exists it matches nothing and the slot renders nothing; once it lands it
// is bundled with no change here. (A glob into renderer/import/ itself would
// fail the build while that folder is absent.)
//   SourceSuggestions.tsx  export SourceSuggestions({ sourceId })  beside a source's text
//   ImportButton.tsx       export ImportButton()                    Sources header and empty states
//   ImportHost.tsx         export ImportHost()                      once, at the app root (dialog, drop target, keys)

type Module = Record<string, ComponentType<never> | undefined>;
const dir = 'import';
const loaders = {
  SourceSuggestions: () => import(`../${dir}/SourceSuggestions.tsx`) as Promise<Module>,
  ImportButton: () => import(`../${dir}/ImportButton.tsx`) as Promise<Module>,
  ImportHost: () => import(`../${dir}/ImportHost.tsx`) as Promise<Module>,
};
type SlotName = keyof typeof loaders;

const cache = new Map<SlotName, Promise<ComponentType<never> | null>>();
function load(name: SlotName): Promise<ComponentType<never> | null> {
  let p = cache.get(name);
  if (!p) {
    p = (async () => {
      try {
        return (await loaders[name]())[name] ?? null;
      } catch {
        return null;
      }
    })();
    cache.set(name, p);
  }
  return p;
}

export function Slot<P extends object>({ name, props }: { name: SlotName; props?: P }) {
  const [C, setC] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    void load(name).then((c) => live && c && setC(() => c as unknown as ComponentType<P>));
    return () => {
      live = false;
    };
  }, [name]);
  return C ? <C {...(props ?? ({} as P))} /> : null;
}
