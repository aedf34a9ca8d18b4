import { RecordsScreen } from './screens/RecordsScreen';

export function App() {
  return (
    <div className="app">
      <nav className="sidebar" aria-label="主导航">
        <div className="brand">链策 <span>Chainline</span></div>
      </nav>
      <main>
        <RecordsScreen />
      </main>
    </div>
  );
}
