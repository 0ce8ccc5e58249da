import { z } from 'astro/zod';
import { EmailSchema, LineSchema, PhoneNumberSchema, Translatable, WebUrlSchema } from './primitives.ts';
import { keysOf, phoneTypes } from './vocabularies.ts';

/** A phone line, as in HSDS 3.0 `phone`. */
export const PhoneSchema = z.strictObject({
  /** The number as people dial it locally, like (312) 555-0142, or a short code like 988. */
  number: PhoneNumberSchema,
  /** `voice` (the default), `text`, `tty` or `fax`. */
  type: z.enum(keysOf(phoneTypes)).default('voice'),
  /** What the line is for or when it is answered, such as "Intake, weekdays 9–5". */
  description: Translatable(LineSchema(160)).optional(),
});

/**
 * How to reach a group. Use roles and shared addresses ("the facilitators"), never a person's full
 * name: a group's contact details are public.
 */
export const ContactSchema = z
  .strictObject({
    /** Who answers, as a role: "the facilitators", "intake team". Never a person's full name. */
    role: Translatable(LineSchema(80)).optional(),
    /** A shared email address for the group. */
    email: EmailSchema.optional(),
    /** A phone number for the group. */
    phone: PhoneNumberSchema.optional(),
    /** The group's own web page. */
    website: WebUrlSchema.optional(),
    /** A web form people can use to get in touch or ask for the location. */
    form: WebUrlSchema.optional(),
  })
  .refine((contact) => contact.email ?? contact.phone ?? contact.website ?? contact.form, {
    error: 'has no way to get in touch — add at least one of email, phone, website or form',
  });

/** How to join an online or hybrid meeting. */
export const OnlineSchema = z
  .strictObject({
    /** The join link (Zoom, Jitsi, Teams…), if it can be published. */
    url: WebUrlSchema.optional(),
    /** A dial-in number for joining by phone. */
    phone: PhoneNumberSchema.optional(),
    /** `true` when the link is sent on request (ask through the contact details) instead of published. */
    link_on_request: z.boolean().default(false),
    /** Anything else people need: meeting ID, passcode policy, camera-optional. */
    notes: Translatable(LineSchema(300)).optional(),
  })
  .refine((online) => online.url ?? online.phone ?? online.link_on_request, {
    error: 'does not say how to join — add url or phone, or link_on_request: true',
  });

export type Contact = z.output<typeof ContactSchema>;
export type Online = z.output<typeof OnlineSchema>;
export type Phone = z.output<typeof PhoneSchema>;
