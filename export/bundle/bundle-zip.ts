import { strToU8, zipSync } from 'fflate';
import { BUNDLE_ENTRY, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Bundle, type BundleData } from '../../api/bundle/format';

// A bundle file: a zip whose FIRST entry is bundle.json, so a reader (and
// import/exchange/detect.ts) knows it from the file's first bytes; a short
// note follows for whoever opens the zip by hand. Deflated: Chinese article
// text shrinks to about a third.

const NOTE = `This is a Chainline bundle: records with their sources, actors, tags and taxonomy nodes,
for another Chainline to merge (chainline import FILE, or Import in the app).
bundle.json is the data; its format is described in docs/bundle-format.md of Chainline.
`;

export interface BundleMeta {
  version: string;
  filter: unknown;
  exportedAt: string;
}

export function bundleDocument(data: BundleData, meta: BundleMeta): Bundle {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: meta.exportedAt,
    app: { name: 'Chainline', version: meta.version },
    filter: meta.filter,
    counts: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length])),
    data,
  };
}

export function bundleZip(doc: Bundle): Uint8Array {
  return zipSync({ [BUNDLE_ENTRY]: [strToU8(JSON.stringify(doc)), { level: 6 }], 'README.txt': strToU8(NOTE) });
}
