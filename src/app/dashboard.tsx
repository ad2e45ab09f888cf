export function Dashboard() {
  return <div className="dashboard" />;
}
