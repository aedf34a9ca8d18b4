import type { ReactNode } from 'react';

/** One printed sheet: running header, content, page number. */
export function Sheet({ header, footer, children, className }: { header: ReactNode; footer: string; children: ReactNode; className?: string }) {
  return (
    <section className={`page${className ? ` ${className}` : ''}`}>
      <header className="running-head">{header}</header>
      <div className="page-body">{children}</div>
      <footer className="page-foot">{footer}</footer>
    </section>
  );
}
