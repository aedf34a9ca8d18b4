// Which links may leave the app for the system browser. Shared by the preload
// (which only forwards links the user really clicked) and the main process
// (which checks again: the preload's word is not proof).

const MAX_URL = 8192;

/** True for a plain http(s) URL; never file:, javascript:, custom schemes or URLs with credentials. */
export function isExternalHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL) return false;
  // The URL parser would forgive these; the OS handler the string goes to might read them differently.
  if (value !== value.trim() || /[\u0000-\u001f\u007f]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // user:pass@ lets a link show one host and open another.
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
}
