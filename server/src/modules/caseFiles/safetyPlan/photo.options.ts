// What a photo upload may be. Plain data with no imports, so the client checks
// the same types and limit before it sends anything.
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** A phone photo fits; a scan of a whole album does not. */
export const PHOTO_MAX_BYTES = 3 * 1024 * 1024;
