// Time on a missing episode: how long the youth has been gone, in hours and
// minutes, and the local Dutch time a form sends (the server reads form times
// as Dutch time, whatever the device's own zone).
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';

/** Whole minutes from one moment to another; never negative (a clock a little off is not "minus 1 minute"). */
export function minutesBetween(fromIso: string, to: number): number {
  return Math.max(0, Math.floor((to - new Date(fromIso).getTime()) / 60_000));
}

export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** "3 uur en 12 minuten", "45 minuten", "27 uur": hours and minutes, also past a day (as the police count). */
export function elapsedText(t: TFunction, fromIso: string, to: number): string {
  const { hours, minutes } = splitMinutes(minutesBetween(fromIso, to));
  const h = t('missing.elapsed.hours', { count: hours });
  const m = t('missing.elapsed.minutes', { count: minutes });
  if (hours === 0) return m;
  if (minutes === 0) return h;
  return t('missing.elapsed.both', { hours: h, minutes: m });
}

/** The current time, renewed every minute on the minute, so elapsed times on screen keep up. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let interval: ReturnType<typeof setInterval> | undefined;
    const first = setTimeout(
      () => {
        setNow(Date.now());
        interval = setInterval(() => setNow(Date.now()), 60_000);
      },
      60_000 - (Date.now() % 60_000),
    );
    return () => {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    };
  }, []);
  return now;
}

const dutchParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the value of a datetime-local field, in Dutch time. */
export function dutchLocalInput(moment: Date | string = new Date()): string {
  const parts = dutchParts.formatToParts(new Date(moment));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
