// The platform goes first: in browser mode it takes the access token out of the URL before routing reads it.
import './platform';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles/app.css';
import './i18n/types';
import { App } from './App';
import { initI18n } from './i18n';
import { toastError } from './state/toasts';

initI18n();
// Failures outside React's render (a rejected promise in a handler) still reach the user as a toast.
window.addEventListener('unhandledrejection', (e) => toastError(e.reason));
window.addEventListener('error', (e) => {
  if (e.error) toastError(e.error);
});

createRoot(document.getElementById('root')!).render(<App />);
