// The platform goes first: in browser mode it takes the access token out of the URL before routing reads it.
import { platform } from './platform';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles/app.css';
import { App } from './App';
import { initI18n } from './i18n';
import { dataChanged, refreshOnReturn } from './state/events';
import { useNav } from './state/nav';
import { useRecords } from './state/records';
import { toastError } from './state/toasts';

// The first page of records is asked for before React's first render, so the
// back end works on it while the UI is being built.
if (useNav.getState().route.screen === 'records') useRecords.getState().reload();
initI18n();
// Failures outside React's render (a rejected promise in a handler) still reach the user as a toast.
window.addEventListener('unhandledrejection', (e) => toastError(e.reason));
window.addEventListener('error', (e) => {
  if (e.error) toastError(e.error);
});

// An import started from the desktop app's File menu changes data behind the screens' back.
platform.notices.subscribe((n) => {
  if (n.kind === 'imported') dataChanged();
});

refreshOnReturn(window);

createRoot(document.getElementById('root')!).render(<App />);
