export function SourcesScreen(_props: Record<string, unknown>) {
  return <section className="screen"><h1>SourcesScreen</h1></section>;
}
