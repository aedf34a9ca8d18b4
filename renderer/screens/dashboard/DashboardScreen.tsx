export function DashboardScreen(_props: Record<string, unknown>) {
  return <section className="screen"><h1>DashboardScreen</h1></section>;
}
