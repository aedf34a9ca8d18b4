import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

// Building a converter loads its dictionaries (tens of milliseconds), so each is built on first use only.
function lazy(from: 'tw' | 'hk' | 't' | 'cn', to: 'cn' | 'tw'): () => Convert {
  let convert: Convert | null = null;
  return () => (convert ??= OpenCC.Converter({ from, to }));
}

export const twToCn = lazy('tw', 'cn');
export const hkToCn = lazy('hk', 'cn');
export const cnToTw = lazy('cn', 'tw');
