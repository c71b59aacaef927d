import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../../platform/authz/roles.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../platform/auth/passwords.js';
import { trimmed } from '../../platform/http/schemas.js';
import { fieldKey } from '../../platform/i18n/fieldMessages.js';

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, fieldKey('passwordTooShort'))
  .max(PASSWORD_MAX_LENGTH);

export const emailSchema = z.email(fieldKey('invalidEmail')).max(254).transform((v) => v.toLowerCase());

export const roleSchema = z.enum(ROLES);

export const setupBody = z.object({
  token: z.string().min(20).max(100),
  organisationName: trimmed(2, 120),
  organisationKind: z.enum(ORGANISATION_KINDS),
  displayName: trimmed(2, 120),
  email: emailSchema,
  password: passwordSchema,
});

export const activationBody = z.object({ token: z.string().min(20).max(100), password: passwordSchema });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  teamIds: z.array(z.string()),
  active: z.boolean(),
  mfaEnrolled: z.boolean(),
  activated: z.boolean(),
});

export const createUserBody = z.object({
  email: emailSchema,
  displayName: trimmed(2, 120),
  roles: z.array(roleSchema).max(10).default([]),
  teamIds: z.array(z.uuid()).max(50).default([]),
});

export const updateUserBody = z.object({
  displayName: trimmed(2, 120).optional(),
  roles: z.array(roleSchema).max(10).optional(),
  teamIds: z.array(z.uuid()).max(50).optional(),
});

export const teamSchema = z.object({ id: z.string(), name: z.string(), memberCount: z.number() });
export const createTeamBody = z.object({ name: trimmed(2, 80) });

export const oidcBody = z.object({
  issuer: z.url().max(300),
  clientId: trimmed(1, 200),
  clientSecret: z.string().min(1).max(500),
  enabled: z.boolean().default(true),
});

export const oidcSettingsSchema = z.object({ issuer: z.string(), clientId: z.string(), enabled: z.boolean(), updatedAt: z.string() });
