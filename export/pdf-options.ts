import type { Paper } from '../api/contract/export';

// The print page draws its own running header and page numbers inside each
// sheet (so they use the embedded web font; Chromium's header templates
// cannot load it and fall back to system fonts as Type 3), hence no margins
// and no header template here.

/** Options for Playwright's page.pdf(). */
export function chromiumPdfOptions(paper: Paper) {
  return {
    format: paper,
    landscape: true,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    tagged: true,
    outline: true,
  } as const;
}

/** Options for Electron's webContents.printToPDF() (margins in inches). */
export function electronPdfOptions(paper: Paper) {
  return {
    pageSize: paper,
    landscape: true,
    printBackground: true,
    preferCSSPageSize: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  } as const;
}
