// The server's own user-facing texts: error messages by code. Dutch first,
// English second; the client shows these messages as they come.
export const messages = {
  nl: {
    VALIDATION_FAILED: 'Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.',
    UNAUTHENTICATED: 'U bent niet (meer) ingelogd. Log opnieuw in.',
    MFA_REQUIRED: 'Bevestig eerst uw inlog met de code uit uw authenticator-app.',
    FORBIDDEN: 'U heeft geen toegang tot deze functie.',
    NOT_IN_CASE_TEAM:
      'U hoort niet bij het casusteam van dit dossier. Alleen in een noodsituatie kunt u, met een reden, noodtoegang gebruiken.',
    NOT_FOUND: 'Dit onderdeel bestaat niet of u heeft er geen toegang toe.',
    INVALID_CREDENTIALS:
      'Inloggen is niet gelukt. Het e-mailadres of wachtwoord klopt niet, of het account is tijdelijk geblokkeerd. Probeer het later opnieuw.',
    INVALID_CODE: 'De code klopt niet of is verlopen. Probeer het opnieuw met een nieuwe code.',
    MFA_ALREADY_ENROLLED: 'Voor dit account is tweestapsverificatie al ingesteld.',
    RATE_LIMITED: 'Te veel pogingen achter elkaar. Wacht een minuut en probeer het opnieuw.',
    CSRF_INVALID: 'Uw sessie is verlopen of het formulier is ongeldig. Vernieuw de pagina en probeer het opnieuw.',
    EMAIL_TAKEN: 'Er bestaat al een account met dit e-mailadres.',
    TEAM_NAME_TAKEN: 'Er bestaat al een team met deze naam.',
    ROLE_NOT_ALLOWED: 'Deze rol past niet bij het soort organisatie.',
    LINK_INVALID: 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe link aan.',
    SETUP_DONE: 'Baken is al ingericht. Log in met uw account.',
    ALREADY_IN_TEAM: 'Deze medewerker hoort al bij het casusteam.',
    NOT_A_CASE_ROLE: 'Deze medewerker heeft geen rol waarmee dossiers gelezen mogen worden.',
    LAST_TEAM_MEMBER: 'Een dossier houdt minstens één lid in het casusteam.',
    ALREADY_HAS_ACCESS: 'U heeft al toegang tot dit dossier; noodtoegang is niet nodig.',
    OWN_ACCOUNT: 'U kunt uw eigen account niet deactiveren of uw eigen beheerrol afnemen.',
    OIDC_NOT_CONFIGURED: 'Inloggen via uw organisatie is niet ingesteld.',
    OIDC_FAILED: 'Inloggen via uw organisatie is niet gelukt. Probeer het opnieuw of log in met e-mail en wachtwoord.',
    PAYLOAD_TOO_LARGE: 'De gegevens zijn te groot om te verwerken.',
    EDIT_CONFLICT: 'Iemand anders heeft dit intussen gewijzigd. Uw wijziging is niet opgeslagen. Uw tekst staat nog in het formulier: kopieer wat u wilt bewaren, laad de pagina opnieuw en voeg het toe aan de nieuwe versie.',
    SIGNED_OFF: 'Dit is al vastgesteld en kan niet meer worden gewijzigd. Maak een nieuwe versie.',
    DRAFT_EXISTS: 'Er is al een concept. Werk dat bij of stel het eerst vast.',
    FILE_CLOSED: 'Dit dossier is gesloten. U kunt het lezen, maar niet meer wijzigen.',
    UNSUPPORTED_MEDIA: 'Dit bestandstype wordt niet ondersteund. Gebruik een JPG- of PNG-foto.',
    UNSUPPORTED_DOCUMENT: 'Dit bestandstype wordt niet ondersteund. Voeg de getekende verklaring toe als pdf, JPG of PNG.',
    ALREADY_WITHDRAWN: 'Deze toestemming is al ingetrokken. De intrekking staat in het dossier.',
    INTERNAL: 'Er ging iets mis aan onze kant. Uw wijziging is niet opgeslagen. Probeer het later opnieuw.',
  },
  en: {
    VALIDATION_FAILED: 'Some fields are not filled in correctly. Check the marked fields.',
    UNAUTHENTICATED: 'You are not signed in (any more). Please sign in again.',
    MFA_REQUIRED: 'First confirm your sign-in with the code from your authenticator app.',
    FORBIDDEN: 'You do not have access to this function.',
    NOT_IN_CASE_TEAM:
      'You are not in the case team of this file. Only in an emergency can you use emergency access, stating a reason.',
    NOT_FOUND: 'This item does not exist or you do not have access to it.',
    INVALID_CREDENTIALS:
      'Sign-in failed. The email address or password is wrong, or the account is temporarily locked. Please try again later.',
    INVALID_CODE: 'The code is wrong or has expired. Try again with a new code.',
    MFA_ALREADY_ENROLLED: 'Two-step verification is already set up for this account.',
    RATE_LIMITED: 'Too many attempts in a row. Wait a minute and try again.',
    CSRF_INVALID: 'Your session has expired or the form is invalid. Refresh the page and try again.',
    EMAIL_TAKEN: 'An account with this email address already exists.',
    TEAM_NAME_TAKEN: 'A team with this name already exists.',
    ROLE_NOT_ALLOWED: 'This role does not fit the kind of organisation.',
    LINK_INVALID: 'This link is invalid, already used or expired. Ask for a new link.',
    SETUP_DONE: 'Baken has already been set up. Sign in with your account.',
    ALREADY_IN_TEAM: 'This colleague is already in the case team.',
    NOT_A_CASE_ROLE: 'This colleague has no role that may read case files.',
    LAST_TEAM_MEMBER: 'A case file keeps at least one case-team member.',
    ALREADY_HAS_ACCESS: 'You already have access to this file; break the glass is not needed.',
    OWN_ACCOUNT: 'You cannot deactivate your own account or remove your own admin role.',
    OIDC_NOT_CONFIGURED: 'Sign-in through your organisation is not set up.',
    OIDC_FAILED: 'Sign-in through your organisation failed. Try again or sign in with email and password.',
    PAYLOAD_TOO_LARGE: 'The data is too large to process.',
    EDIT_CONFLICT: 'Someone else changed this in the meantime. Your change was not saved. Your text is still in the form: copy what you want to keep, reload the page and add it to the new version.',
    SIGNED_OFF: 'This has been signed off and can no longer be changed. Make a new version.',
    DRAFT_EXISTS: 'There is a draft already. Update it or sign it off first.',
    FILE_CLOSED: 'This file is closed. You can read it, but no longer change it.',
    UNSUPPORTED_MEDIA: 'This file type is not supported. Use a JPG or PNG photo.',
    UNSUPPORTED_DOCUMENT: 'This file type is not supported. Add the signed form as a PDF, JPG or PNG.',
    ALREADY_WITHDRAWN: 'This consent has already been withdrawn. The withdrawal is in the file.',
    INTERNAL: 'Something went wrong on our side. Your change was not saved. Please try again later.',
  },
} as const;

export type ErrorCode = keyof typeof messages.nl;
export type Locale = keyof typeof messages;

export function pickLocale(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
