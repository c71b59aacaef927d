// Phone numbers as links: a tap on a phone calls, a click on a computer opens
// the softphone. The link carries only digits (and a leading +); the "(0)"
// people write after a country code is not dialled.
export function telHref(phone: string): string {
  const international = phone.trim().startsWith('+');
  const digits = (international ? phone.replace(/\(0\)/g, '') : phone).replace(/[^0-9]/g, '');
  return `tel:${international ? '+' : ''}${digits}`;
}
