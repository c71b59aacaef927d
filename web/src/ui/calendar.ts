// Calendar arithmetic on YYYY-MM-DD dates, with no time zone in play.

/** Age in whole years on a given day (today by default). */
export function ageOn(dateOfBirth: string, on: Date = new Date()): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  let age = on.getFullYear() - y!;
  if (on.getMonth() + 1 < m! || (on.getMonth() + 1 === m! && on.getDate() < d!)) age -= 1;
  return age;
}

export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
