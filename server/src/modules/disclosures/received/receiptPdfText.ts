// The Dutch words on the printed receipt (the option labels are in
// disclosures.labels.ts, shared with the register's CSV).

export const RECEIPT_PDF_TEXT = {
  title: 'Ontvangen gegevens',
  about: 'Over',
  from: 'Van',
  phone247: '24/7 bereikbaar',
  kind: 'Soort',
  purpose: 'Doel',
  legalGround: 'Grondslag',
  decidedBy: 'Besloten door',
  disclosedAt: 'Verstrekt op',
  receivedAt: 'Ontvangen op',
  categories: 'Welke gegevens en waarom',
  content: 'Wat is verstrekt',
  photo: 'Foto',
  noPhone: 'Niet bekend',
  confidential: 'Vertrouwelijk — gegevens van een minderjarige, alleen voor het genoemde doel',
} as const;
