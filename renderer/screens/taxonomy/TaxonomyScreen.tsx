export function TaxonomyScreen(_props: Record<string, unknown>) {
  return <section className="screen"><h1>TaxonomyScreen</h1></section>;
}
