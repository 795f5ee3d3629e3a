import { z } from 'zod';

/** Firm-wide settings kept in the vault; every field has a safe default so a new vault works. */
export const Settings = z.object({
  consultantName: z.string().max(200),
  consultantEmail: z.string().max(200),
  consultantPhone: z.string().max(60),
  privacy: z.object({
    controllerName: z.string().max(200),
    controllerAddress: z.string().max(400),
    contactEmail: z.string().max(200),
    retentionMonths: z.number().int().min(1).max(120),
  }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  consultantName: '',
  consultantEmail: '',
  consultantPhone: '',
  privacy: { controllerName: '', controllerAddress: '', contactEmail: '', retentionMonths: 24 },
};

export const SettingsPatch = z
  .object({
    consultantName: Settings.shape.consultantName.optional(),
    consultantEmail: Settings.shape.consultantEmail.optional(),
    consultantPhone: Settings.shape.consultantPhone.optional(),
    privacy: Settings.shape.privacy.partial().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
