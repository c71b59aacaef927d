// Words for the option codes of disclosures, from the catalog.
import type { TFunction } from 'i18next';
import type {
  DataCategory,
  DisclosureSource,
  LegalGround,
  PartnerKind,
  RecipientKind,
  SecrecyGround,
} from '../../../../server/src/modules/disclosures/disclosures.options';

export const legalGroundLabel = (t: TFunction, v: LegalGround) => t(`disclosureOptions.legalGrounds.${v}`);
export const legalGroundHelp = (t: TFunction, v: LegalGround) => t(`disclosureOptions.legalGroundHelp.${v}`);
export const secrecyLabel = (t: TFunction, v: SecrecyGround) => t(`disclosureOptions.secrecyGrounds.${v}`);
export const secrecyHelp = (t: TFunction, v: SecrecyGround) => t(`disclosureOptions.secrecyHelp.${v}`);
export const recipientKindLabel = (t: TFunction, v: RecipientKind) => t(`disclosureOptions.recipientKinds.${v}`);
export const categoryLabel = (t: TFunction, v: DataCategory) => t(`disclosureOptions.categories.${v}`);
export const sourceLabel = (t: TFunction, v: DisclosureSource) => t(`disclosureOptions.sources.${v}`);
export const partnerKindLabel = (t: TFunction, v: PartnerKind) => t(`disclosureOptions.partnerKinds.${v}`);
