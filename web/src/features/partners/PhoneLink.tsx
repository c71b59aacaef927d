import { telHref } from './phone';

/** A phone number as a tel: link, with what it is for read out by screen readers. */
export function PhoneLink({ phone, label }: { phone: string; label?: string }) {
  return (
    <a className="utrecht-link baken-phone" href={telHref(phone)} aria-label={label ? `${label}: ${phone}` : undefined}>
      {phone}
    </a>
  );
}
