// Legal-aid clinics as data: the import file's shape (YAML or JSON), checked
// with zod so that every problem names the clinic and the field.
import { z } from "zod";

export const TOPICS = ["family", "alimony", "violence", "labour", "benefits", "housing", "documents", "migration", "consumer", "other"] as const;
export type Topic = (typeof TOPICS)[number];

export const REGIONS = ["bishkek", "osh-city", "chui", "issyk-kul", "naryn", "talas", "jalal-abad", "osh", "batken"] as const;
export type Region = (typeof REGIONS)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM"');
/** "09:00-18:00" → ["09:00", "18:00"], the end after the start. */
const range = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must be "HH:MM-HH:MM"')
  .transform((v) => v.split("-") as [string, string])
  .refine(([from, to]) => from < to, "must end after it starts");
const day = z
  .union([z.string(), z.date()])
  .transform((v) => (typeof v === "string" ? v : v.toISOString().slice(0, 10)))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"));
const both = z.object({ ky: z.string().trim().min(1, "must not be empty"), ru: z.string().trim().min(1, "must not be empty") }).strict();

export const clinicInput = z
  .object({
    key: z.string().regex(/^[a-z0-9-]{2,40}$/, "must be 2–40 of a-z, 0-9 and -"),
    sample: z.boolean().default(false),
    name: both,
    region: z.enum(REGIONS, { error: `must be one of ${REGIONS.join(", ")}` }),
    address: both,
    phone: z.string().regex(/^\+996[\d ]{9,12}$/, 'must be a Kyrgyz number "+996 …"'),
    hours: z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, range.nullable().default(null)])) as Record<Weekday, z.ZodDefault<z.ZodNullable<typeof range>>>).strict(),
    lunch: range.nullable().default(null),
    slotMinutes: z.number().int().min(15, "must be 15 or more").max(240, "must be 240 or less").default(60),
    seats: z.number().int().min(1, "must be 1 or more").max(20, "must be 20 or less").default(1),
    topics: z.union([z.literal("all"), z.array(z.enum(TOPICS, { error: `must be one of ${TOPICS.join(", ")}` })).min(1)]).default("all"),
    languages: z.array(z.enum(["ky", "ru"])).min(1).default(["ky", "ru"]),
    location: z.object({ lat: z.number().min(39).max(44), lon: z.number().min(69).max(81) }, { error: "must be { lat, lon } in Kyrgyzstan" }).strict().optional(),
    closed: z.array(day).default([]),
  })
  .strict();
export type ClinicInput = z.output<typeof clinicInput>;

export const clinicsFile = z.array(clinicInput).min(1, "must list at least one clinic");

export const sheltersFile = z.array(
  z
    .object({
      name: both,
      region: z.enum(REGIONS, { error: `must be one of ${REGIONS.join(", ")}` }),
      phone: z.string().regex(/^\+996[\d ]{9,12}$/, 'must be a Kyrgyz number "+996 …"'),
      checked: day,
    })
    .strict(),
);
export type Shelter = z.output<typeof sheltersFile>[number];

export { time as timeOfDay };
