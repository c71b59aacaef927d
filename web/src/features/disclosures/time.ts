// The browser's clock as a datetime-local value (YYYY-MM-DDTHH:mm): the form
// default for "when". The server reads form times as Dutch time, and the
// professionals' browsers run on Dutch time.
export function nowLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
