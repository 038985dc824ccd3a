// bench/rumour-queue.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path5 from "node:path";

// src/db/client.ts
import { PrismaBetterSqlite3 as PrismaBetterSqlite32 } from "@prisma/adapter-better-sqlite3";

// src/generated/prisma/client.ts
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import "@prisma/client/runtime/client";

// src/generated/prisma/internal/class.ts
import * as runtime from "@prisma/client/runtime/client";
var config = {
  "previewFeatures": [],
  "clientVersion": "7.10.1",
  "engineVersion": "d1b3f377ca835d73fd50954a5e22128b9ebdd6b8",
  "activeProvider": "sqlite",
  "inlineSchema": `// \u041A\u04E9\u043C\u04E9\u043A database schema. SQLite through the better-sqlite3 driver adapter.
// Create a migration after changing this file: npm run db:migrate -- --name <what-changed>

generator client {
  provider      = "prisma-client"
  output        = "../src/generated/prisma"
  moduleFormat  = "esm"
  compilerBuild = "small"
}

datasource db {
  provider = "sqlite"
}

/// A person who has written to the bot. \`id\` is the Telegram user id.
model User {
  id          BigInt    @id
  /// "ky" or "ru"; null until the person has chosen
  language    String?
  firstSeenAt DateTime  @default(now())
  lastSeenAt  DateTime  @default(now())
  /// Set when the person blocks the bot (or a send is refused as blocked);
  /// nothing is sent to them until they write again.
  blockedAt   DateTime?
  /// Staff only: the Telegram name shown to admins in the staff list.
  displayName String?
}

/// A community legal-aid clinic. Its details come from an import file
/// (\`clinics import\`, prisma/seed/clinics.yaml); \`key\` is that file's id.
model Clinic {
  id          Int      @id @default(autoincrement())
  key         String?  @unique
  nameKy      String
  nameRu      String
  createdAt   DateTime @default(now())
  /// A region key (bishkek, chui, osh-city, ...), named in the locales as region-<key>
  region      String   @default("")
  addressKy   String   @default("")
  addressRu   String   @default("")
  phone       String   @default("")
  /// JSON: weekday (mon..sun) \u2192 ["09:00", "18:00"] or null when closed
  hours       String   @default("{}")
  /// Lunch break "13:00"\u2013"14:00", no consultations then
  lunchFrom   String?
  lunchTo     String?
  slotMinutes Int      @default(60)
  /// Lawyers: how many people can be seen at the same time
  seats       Int      @default(1)
  /// JSON arrays: topic keys served, languages spoken
  topics      String   @default("[]")
  languages   String   @default("[\\"ky\\",\\"ru\\"]")
  latitude    Float?
  longitude   Float?
  /// Sample data, not a real clinic: said so wherever it is shown
  sample      Boolean  @default(false)
  /// Not offered for new bookings when false
  active      Boolean  @default(true)

  closures ClinicClosure[]
  bookings Booking[]
}

/// A time the clinic does not see people: a closed day or a range staff blocked.
model ClinicClosure {
  id        Int      @id @default(autoincrement())
  clinicId  Int
  startsAt  DateTime
  endsAt    DateTime
  reason    String   @default("")
  /// Telegram id of the staff member; null from the CLI
  createdBy BigInt?
  createdAt DateTime @default(now())
  clinic    Clinic   @relation(fields: [clinicId], references: [id], onDelete: Cascade)

  @@index([clinicId, startsAt])
}

/// A legal-aid consultation booked by a citizen. A seat of a slot is taken by
/// the unique (clinicId, startsAt, seat): a cancelled or declined booking gives
/// its seat back (null), so the database itself cannot oversell a slot.
model Booking {
  id            Int        @id @default(autoincrement())
  /// What the person and the clinic quote, e.g. "K7M-2QX"
  ref           String     @unique
  userId        BigInt
  clinicId      Int
  startsAt      DateTime
  seat          Int?
  /// pending | confirmed | declined | cancelled | done | no_show
  status        String
  topic         String
  description   String?
  phone         String
  name          String
  /// female | male | unspecified (for the project's reporting)
  sex           String
  /// call (calls and SMS are safe) | telegram (only messages here)
  contact       String
  language      String
  declineReason String?
  /// advice | referred | represented (when done)
  outcome       String?
  createdAt     DateTime
  updatedAt     DateTime
  clinic        Clinic     @relation(fields: [clinicId], references: [id])
  reminders     Reminder[]

  @@unique([clinicId, startsAt, seat])
  @@index([userId])
  @@index([clinicId, startsAt])
}

/// A message that follows a change of state (a new booking to the clinic's
/// staff, a confirmation to the citizen): written in the same transaction as the
/// change, then sent at once and, if that did not happen (a crash, Telegram
/// down), by the notices job. Claimed (claimedAt) just before the send and done
/// (sentAt) after it; one claimed but not done when the process died goes back
/// to the queue at the next start. Rendered at send time from the subject.
model Notice {
  id        Int       @id @default(autoincrement())
  /// booking (more kinds as they come)
  kind      String
  subjectId Int
  /// booking: new | moved | cancelled (to the clinic), confirmed | declined (to the citizen)
  event     String
  createdAt DateTime
  /// Not before (a failed send is tried again later)
  dueAt     DateTime
  attempts  Int       @default(0)
  claimedAt DateTime?
  sentAt    DateTime?
  /// Why it was given up (after its last attempt)
  error     String?

  @@index([sentAt, dueAt])
  @@index([kind, subjectId])
}

/// A reminder to send: a row, so a restart does not lose it. It is claimed
/// (claimedAt) just before the send and done (sentAt) after it; one claimed
/// but not done when the process died goes back to the queue at the next start.
model Reminder {
  id        Int       @id @default(autoincrement())
  bookingId Int
  /// 24h | 2h
  kind      String
  dueAt     DateTime
  claimedAt DateTime?
  /// Sent, or dropped because it came too late
  sentAt    DateTime?
  booking   Booking   @relation(fields: [bookingId], references: [id], onDelete: Cascade)

  @@unique([bookingId, kind])
  @@index([sentAt, dueAt])
}

/// Once-a-day jobs done (e.g. the staff's morning digest for a clinic and day).
model JobRun {
  name String
  key  String
  at   DateTime

  @@id([name, key])
}

/// An employer record (company, organisation).
model Employer {
  id        Int       @id @default(autoincrement())
  name      String
  createdAt DateTime  @default(now())
  /// Vacancies of a new employer wait for an officer's approval until one is approved
  trusted   Boolean   @default(false)
  vacancies Vacancy[]
}

/// A role someone holds. \`scope\` ties it to what it covers: "clinic:<id>" for
/// clinic staff, "employer:<id>" for employers, "" for the other roles.
model RoleGrant {
  id         Int      @id @default(autoincrement())
  userId     BigInt
  /// admin | clinic_staff | comms_officer | employment_officer | employer
  role       String
  scope      String   @default("")
  /// Telegram id of the admin who granted it; null for ADMIN_IDS and the CLI
  grantedBy  BigInt?
  /// "config" (ADMIN_IDS), "cli", "invite"
  grantedVia String
  grantedAt  DateTime

  @@unique([userId, role, scope])
  @@index([role, scope])
}

/// A one-time invite link (t.me/<bot>?start=inv_<token>). Only a hash of the
/// token is kept, so the table cannot be used to build working links.
model Invite {
  tokenHash String    @id
  role      String
  scope     String    @default("")
  createdBy BigInt?
  createdAt DateTime
  expiresAt DateTime
  usedBy    BigInt?
  usedAt    DateTime?
}

/// Who did what to roles, invites and group links, and when. Holds ids, never texts.
model AuditEvent {
  id        Int      @id @default(autoincrement())
  at        DateTime
  /// Telegram id of who acted; null for the operator CLI and ADMIN_IDS
  actorId   BigInt?
  /// role.grant, role.revoke, invite.create, invite.use, group.link, group.unlink, user.erase
  action    String
  subjectId BigInt?
  role      String?
  scope     String?
  /// "bot", "cli", "config", "invite", "self-delete"
  via       String

  @@index([at])
  @@index([subjectId])
  @@index([actorId])
}

/// A Telegram group that receives a clinic's or a team's notifications.
/// \`scope\` as in RoleGrant ("clinic:<id>", or "" for the comms team).
model StaffGroup {
  role     String
  scope    String
  chatId   BigInt
  title    String
  /// Notifications to the group are written in the language of who linked it
  language String   @default("ru")
  linkedBy BigInt?
  linkedAt DateTime

  @@id([role, scope])
  @@index([chatId])
}

/// Consent to store personal data for one purpose (e.g. "legal_aid"), with its time.
model Consent {
  userId    BigInt
  purpose   String
  grantedAt DateTime

  @@id([userId, purpose])
}

/// Anonymous counts kept for reports when a person's data is deleted
/// (no link to anyone): metric per Bishkek day.
model Tally {
  metric String
  day    String
  count  Int    @default(0)

  @@id([metric, day])
}

/// Key/value storage for grammY sessions and conversation state.
/// \`scope\` separates users of the table ("session", "conversation"); the
/// value is JSON written by the plugin and carries its own version.
model StoredState {
  scope     String
  key       String
  value     String
  updatedAt DateTime @updatedAt

  @@id([scope, key])
}

/// A jobseeker's profile (one per person: registering again updates it).
model Jobseeker {
  userId          BigInt    @id
  name            String
  phone           String
  /// female | male | unspecified (for the project's report by sex)
  sex             String
  region          String
  district        String
  /// JSON array of occupation ids (src/domain/jobs/occupations.yaml)
  occupations     String
  /// What the person typed about their work and skills, kept as written
  skillsText      String
  experienceYears Int
  /// none | school | vocational | higher
  education       String
  /// JSON array: full | part | seasonal | remote
  schedules       String
  /// Som a month; null: any
  minWage         Int?
  lostWorkCovid   Boolean
  /// JSON array: ky | ru | en
  languages       String
  disability      Boolean
  wantsTraining   Boolean
  /// false while "not looking now": no matches, no digest
  active          Boolean   @default(true)
  createdAt       DateTime
  updatedAt       DateTime
  /// When the daily digest last went out (at most one a day)
  lastDigestAt    DateTime?

  applications Application[]
  enrolments   Enrolment[]
}

/// A vacancy posted by an employer or an employment officer.
model Vacancy {
  id              Int           @id @default(autoincrement())
  employerId      Int
  title           String
  occupation      String
  region          String
  district        String?
  wageMin         Int?
  wageMax         Int?
  /// full | part | seasonal | remote
  schedule        String
  experienceYears Int           @default(0)
  /// JSON array of languages asked for
  languages       String        @default("[]")
  requirements    String        @default("")
  contact         String
  /// pending (waits for an officer) | open | closed | expired | rejected
  status          String
  createdBy       BigInt?
  approvedBy      BigInt?
  createdAt       DateTime
  expiresAt       DateTime
  employer        Employer      @relation(fields: [employerId], references: [id])
  applications    Application[]

  @@index([status, expiresAt])
}

/// A jobseeker applied to a vacancy; a match is counted when it is accepted.
model Application {
  id        Int       @id @default(autoincrement())
  vacancyId Int
  userId    BigInt
  /// applied | accepted | declined | closed (the vacancy closed before an answer)
  status    String
  createdAt DateTime
  decidedAt DateTime?
  decidedBy BigInt?
  vacancy   Vacancy   @relation(fields: [vacancyId], references: [id], onDelete: Cascade)
  jobseeker Jobseeker @relation(fields: [userId], references: [userId], onDelete: Cascade)

  @@unique([vacancyId, userId])
}

/// A training course (online or at a centre), for the trades the service teaches.
model Course {
  id         Int         @id @default(autoincrement())
  key        String      @unique
  titleKy    String
  titleRu    String
  occupation String
  /// online | centre
  mode       String
  region     String?
  hours      Int
  active     Boolean     @default(true)
  enrolments Enrolment[]
}

/// A jobseeker enrolled in a course; completed when an officer marks it or a CSV says so.
model Enrolment {
  id          Int       @id @default(autoincrement())
  courseId    Int
  userId      BigInt
  /// enrolled | completed
  status      String
  enrolledAt  DateTime
  completedAt DateTime?
  course      Course    @relation(fields: [courseId], references: [id], onDelete: Cascade)
  jobseeker   Jobseeker @relation(fields: [userId], references: [userId], onDelete: Cascade)

  @@unique([courseId, userId])
}

/// A verified fact-check of a COVID-19 rumour, in both languages
/// (prisma/seed/factchecks.jsonl, \`factchecks import\`, officers in the bot).
model FactCheck {
  /// A short slug ("garlic-cures"), the import file's id
  id            String          @id
  claimKy       String
  claimRu       String
  /// JSON array of other ways people say it (either language)
  phrasings     String          @default("[]")
  /// false | misleading | true | unproven
  verdict       String
  explanationKy String
  explanationRu String
  /// A link to the source (WHO, the Ministry of Health...)
  source        String
  publishedAt   DateTime
  reviewedAt    DateTime
  /// Who verified it: an organisation, or an officer's name
  verifiedBy    String
  /// The officer who wrote or last edited it in the bot (null: imported)
  editedBy      BigInt?
  createdAt     DateTime
  updatedAt     DateTime
  rumours       Rumour[]
  picks         FactCheckPick[]

  @@index([updatedAt])
}

/// A citizen's pick among the "did you mean" candidates: a labelled example
/// for the communications officers to confirm (it then becomes a phrasing of
/// the fact-check) or reject. A pick alone never changes the search.
model FactCheckPick {
  id          Int       @id @default(autoincrement())
  factCheckId String
  userId      BigInt
  /// What the person sent (blanked once decided)
  text        String
  /// pending | confirmed | rejected
  status      String
  createdAt   DateTime
  decidedAt   DateTime?
  decidedBy   BigInt?
  factCheck   FactCheck @relation(fields: [factCheckId], references: [id], onDelete: Cascade)

  @@index([status, createdAt])
  @@index([userId])
}

/// A rumour no fact-check matched, in the officers' queue: one row per group
/// of similar messages, with everyone who sent one (RumourAsker).
model Rumour {
  id          Int           @id @default(autoincrement())
  /// The first message's text (the group's example)
  text        String
  /// open | linked (answered with a fact-check) | dismissed (not a claim) | expired (nobody took it up in 30 days)
  status      String
  factCheckId String?
  createdAt   DateTime
  lastAskedAt DateTime
  decidedAt   DateTime?
  decidedBy   BigInt?
  factCheck   FactCheck?    @relation(fields: [factCheckId], references: [id], onDelete: SetNull)
  askers      RumourAsker[]
  keys        RumourKey[]
  /// Its askers' texts are in RumourKey (rumours queued before that table are added when next needed)
  keyed       Boolean       @default(false)

  @@index([status, lastAskedAt])
}

/// The search keys (stems, concepts) of the start of each asker's text of an
/// open rumour: a new rumour's candidates for grouping are found in SQL by the
/// keys they share, so queueing costs the same however many rumours are open.
/// Deleted with the text they come from.
model RumourKey {
  rumourId Int
  userId   BigInt
  key      String
  rumour   Rumour @relation(fields: [rumourId], references: [id], onDelete: Cascade)

  @@id([rumourId, userId, key])
  @@index([key, rumourId])
}

/// Someone who sent a rumour of the group: told when an officer answers it.
model RumourAsker {
  rumourId  Int
  userId    BigInt
  /// What they sent (kept for the officers until the rumour is answered)
  text      String
  createdAt DateTime
  toldAt    DateTime?
  rumour    Rumour    @relation(fields: [rumourId], references: [id], onDelete: Cascade)

  @@id([rumourId, userId])
  @@index([userId])
}

/// A citizen's subscription to a topic of verified messages (covid: new fact-checks).
model Subscription {
  userId    BigInt
  topic     String
  createdAt DateTime

  @@id([userId, topic])
}

/// A verified message to subscribers: written by a communications officer in
/// both languages, approved by a different officer, then sent from the outbox.
model Broadcast {
  id                Int       @id @default(autoincrement())
  textKy            String?
  textRu            String
  photoFileId       String?
  /// JSON: { topics: string[], languages: string[] (empty: all), regions: string[] (empty: all) }
  audience          String
  /// draft | pending (waits for another officer) | approved (waits for sendAt) | sending | paused | done | cancelled | rejected
  status            String
  sendAt            DateTime?
  authorId          BigInt
  approvedBy        BigInt?
  approvedAt        DateTime?
  rejectedBy        BigInt?
  rejectReason      String?
  /// Where the author follows the progress (one message, edited)
  progressChatId    BigInt?
  progressMessageId Int?
  createdAt         DateTime
  updatedAt         DateTime
  startedAt         DateTime?
  finishedAt        DateTime?
  outbox            Outbox[]

  @@index([status])
}

/// One recipient of a broadcast. Claimed ("sending") just before the send;
/// rows left "sending" by a crash go back to the queue at the next start.
model Outbox {
  id          Int       @id @default(autoincrement())
  broadcastId Int
  chatId      BigInt
  /// ky | ru: which text this person gets
  language    String
  /// queued | sending | sent | failed | cancelled
  status      String
  attempts    Int       @default(0)
  nextAt      DateTime
  sentAt      DateTime?
  /// Why it failed: blocked | chat-not-found | bad-request | gave-up
  error       String?
  broadcast   Broadcast @relation(fields: [broadcastId], references: [id], onDelete: Cascade)

  @@unique([broadcastId, chatId])
  @@index([broadcastId, status, id])
}
`,
  "runtimeDataModel": {
    "models": {},
    "enums": {},
    "types": {}
  },
  "parameterizationSchema": {
    "strings": [],
    "graph": ""
  }
};
config.runtimeDataModel = JSON.parse('{"models":{"User":{"fields":[{"name":"id","kind":"scalar","type":"BigInt"},{"name":"language","kind":"scalar","type":"String"},{"name":"firstSeenAt","kind":"scalar","type":"DateTime"},{"name":"lastSeenAt","kind":"scalar","type":"DateTime"},{"name":"blockedAt","kind":"scalar","type":"DateTime"},{"name":"displayName","kind":"scalar","type":"String"}],"dbName":null,"schema":null},"Clinic":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"key","kind":"scalar","type":"String"},{"name":"nameKy","kind":"scalar","type":"String"},{"name":"nameRu","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"region","kind":"scalar","type":"String"},{"name":"addressKy","kind":"scalar","type":"String"},{"name":"addressRu","kind":"scalar","type":"String"},{"name":"phone","kind":"scalar","type":"String"},{"name":"hours","kind":"scalar","type":"String"},{"name":"lunchFrom","kind":"scalar","type":"String"},{"name":"lunchTo","kind":"scalar","type":"String"},{"name":"slotMinutes","kind":"scalar","type":"Int"},{"name":"seats","kind":"scalar","type":"Int"},{"name":"topics","kind":"scalar","type":"String"},{"name":"languages","kind":"scalar","type":"String"},{"name":"latitude","kind":"scalar","type":"Float"},{"name":"longitude","kind":"scalar","type":"Float"},{"name":"sample","kind":"scalar","type":"Boolean"},{"name":"active","kind":"scalar","type":"Boolean"},{"name":"closures","kind":"object","type":"ClinicClosure","relationName":"ClinicToClinicClosure"},{"name":"bookings","kind":"object","type":"Booking","relationName":"BookingToClinic"}],"dbName":null,"schema":null},"ClinicClosure":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"clinicId","kind":"scalar","type":"Int"},{"name":"startsAt","kind":"scalar","type":"DateTime"},{"name":"endsAt","kind":"scalar","type":"DateTime"},{"name":"reason","kind":"scalar","type":"String"},{"name":"createdBy","kind":"scalar","type":"BigInt"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"clinic","kind":"object","type":"Clinic","relationName":"ClinicToClinicClosure"}],"dbName":null,"schema":null},"Booking":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"ref","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"clinicId","kind":"scalar","type":"Int"},{"name":"startsAt","kind":"scalar","type":"DateTime"},{"name":"seat","kind":"scalar","type":"Int"},{"name":"status","kind":"scalar","type":"String"},{"name":"topic","kind":"scalar","type":"String"},{"name":"description","kind":"scalar","type":"String"},{"name":"phone","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"sex","kind":"scalar","type":"String"},{"name":"contact","kind":"scalar","type":"String"},{"name":"language","kind":"scalar","type":"String"},{"name":"declineReason","kind":"scalar","type":"String"},{"name":"outcome","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"clinic","kind":"object","type":"Clinic","relationName":"BookingToClinic"},{"name":"reminders","kind":"object","type":"Reminder","relationName":"BookingToReminder"}],"dbName":null,"schema":null},"Notice":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"kind","kind":"scalar","type":"String"},{"name":"subjectId","kind":"scalar","type":"Int"},{"name":"event","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"dueAt","kind":"scalar","type":"DateTime"},{"name":"attempts","kind":"scalar","type":"Int"},{"name":"claimedAt","kind":"scalar","type":"DateTime"},{"name":"sentAt","kind":"scalar","type":"DateTime"},{"name":"error","kind":"scalar","type":"String"}],"dbName":null,"schema":null},"Reminder":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"bookingId","kind":"scalar","type":"Int"},{"name":"kind","kind":"scalar","type":"String"},{"name":"dueAt","kind":"scalar","type":"DateTime"},{"name":"claimedAt","kind":"scalar","type":"DateTime"},{"name":"sentAt","kind":"scalar","type":"DateTime"},{"name":"booking","kind":"object","type":"Booking","relationName":"BookingToReminder"}],"dbName":null,"schema":null},"JobRun":{"fields":[{"name":"name","kind":"scalar","type":"String"},{"name":"key","kind":"scalar","type":"String"},{"name":"at","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"Employer":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"name","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"trusted","kind":"scalar","type":"Boolean"},{"name":"vacancies","kind":"object","type":"Vacancy","relationName":"EmployerToVacancy"}],"dbName":null,"schema":null},"RoleGrant":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"role","kind":"scalar","type":"String"},{"name":"scope","kind":"scalar","type":"String"},{"name":"grantedBy","kind":"scalar","type":"BigInt"},{"name":"grantedVia","kind":"scalar","type":"String"},{"name":"grantedAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"Invite":{"fields":[{"name":"tokenHash","kind":"scalar","type":"String"},{"name":"role","kind":"scalar","type":"String"},{"name":"scope","kind":"scalar","type":"String"},{"name":"createdBy","kind":"scalar","type":"BigInt"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"expiresAt","kind":"scalar","type":"DateTime"},{"name":"usedBy","kind":"scalar","type":"BigInt"},{"name":"usedAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"AuditEvent":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"at","kind":"scalar","type":"DateTime"},{"name":"actorId","kind":"scalar","type":"BigInt"},{"name":"action","kind":"scalar","type":"String"},{"name":"subjectId","kind":"scalar","type":"BigInt"},{"name":"role","kind":"scalar","type":"String"},{"name":"scope","kind":"scalar","type":"String"},{"name":"via","kind":"scalar","type":"String"}],"dbName":null,"schema":null},"StaffGroup":{"fields":[{"name":"role","kind":"scalar","type":"String"},{"name":"scope","kind":"scalar","type":"String"},{"name":"chatId","kind":"scalar","type":"BigInt"},{"name":"title","kind":"scalar","type":"String"},{"name":"language","kind":"scalar","type":"String"},{"name":"linkedBy","kind":"scalar","type":"BigInt"},{"name":"linkedAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"Consent":{"fields":[{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"purpose","kind":"scalar","type":"String"},{"name":"grantedAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"Tally":{"fields":[{"name":"metric","kind":"scalar","type":"String"},{"name":"day","kind":"scalar","type":"String"},{"name":"count","kind":"scalar","type":"Int"}],"dbName":null,"schema":null},"StoredState":{"fields":[{"name":"scope","kind":"scalar","type":"String"},{"name":"key","kind":"scalar","type":"String"},{"name":"value","kind":"scalar","type":"String"},{"name":"updatedAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"Jobseeker":{"fields":[{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"name","kind":"scalar","type":"String"},{"name":"phone","kind":"scalar","type":"String"},{"name":"sex","kind":"scalar","type":"String"},{"name":"region","kind":"scalar","type":"String"},{"name":"district","kind":"scalar","type":"String"},{"name":"occupations","kind":"scalar","type":"String"},{"name":"skillsText","kind":"scalar","type":"String"},{"name":"experienceYears","kind":"scalar","type":"Int"},{"name":"education","kind":"scalar","type":"String"},{"name":"schedules","kind":"scalar","type":"String"},{"name":"minWage","kind":"scalar","type":"Int"},{"name":"lostWorkCovid","kind":"scalar","type":"Boolean"},{"name":"languages","kind":"scalar","type":"String"},{"name":"disability","kind":"scalar","type":"Boolean"},{"name":"wantsTraining","kind":"scalar","type":"Boolean"},{"name":"active","kind":"scalar","type":"Boolean"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"lastDigestAt","kind":"scalar","type":"DateTime"},{"name":"applications","kind":"object","type":"Application","relationName":"ApplicationToJobseeker"},{"name":"enrolments","kind":"object","type":"Enrolment","relationName":"EnrolmentToJobseeker"}],"dbName":null,"schema":null},"Vacancy":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"employerId","kind":"scalar","type":"Int"},{"name":"title","kind":"scalar","type":"String"},{"name":"occupation","kind":"scalar","type":"String"},{"name":"region","kind":"scalar","type":"String"},{"name":"district","kind":"scalar","type":"String"},{"name":"wageMin","kind":"scalar","type":"Int"},{"name":"wageMax","kind":"scalar","type":"Int"},{"name":"schedule","kind":"scalar","type":"String"},{"name":"experienceYears","kind":"scalar","type":"Int"},{"name":"languages","kind":"scalar","type":"String"},{"name":"requirements","kind":"scalar","type":"String"},{"name":"contact","kind":"scalar","type":"String"},{"name":"status","kind":"scalar","type":"String"},{"name":"createdBy","kind":"scalar","type":"BigInt"},{"name":"approvedBy","kind":"scalar","type":"BigInt"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"expiresAt","kind":"scalar","type":"DateTime"},{"name":"employer","kind":"object","type":"Employer","relationName":"EmployerToVacancy"},{"name":"applications","kind":"object","type":"Application","relationName":"ApplicationToVacancy"}],"dbName":null,"schema":null},"Application":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"vacancyId","kind":"scalar","type":"Int"},{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"status","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"decidedAt","kind":"scalar","type":"DateTime"},{"name":"decidedBy","kind":"scalar","type":"BigInt"},{"name":"vacancy","kind":"object","type":"Vacancy","relationName":"ApplicationToVacancy"},{"name":"jobseeker","kind":"object","type":"Jobseeker","relationName":"ApplicationToJobseeker"}],"dbName":null,"schema":null},"Course":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"key","kind":"scalar","type":"String"},{"name":"titleKy","kind":"scalar","type":"String"},{"name":"titleRu","kind":"scalar","type":"String"},{"name":"occupation","kind":"scalar","type":"String"},{"name":"mode","kind":"scalar","type":"String"},{"name":"region","kind":"scalar","type":"String"},{"name":"hours","kind":"scalar","type":"Int"},{"name":"active","kind":"scalar","type":"Boolean"},{"name":"enrolments","kind":"object","type":"Enrolment","relationName":"CourseToEnrolment"}],"dbName":null,"schema":null},"Enrolment":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"courseId","kind":"scalar","type":"Int"},{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"status","kind":"scalar","type":"String"},{"name":"enrolledAt","kind":"scalar","type":"DateTime"},{"name":"completedAt","kind":"scalar","type":"DateTime"},{"name":"course","kind":"object","type":"Course","relationName":"CourseToEnrolment"},{"name":"jobseeker","kind":"object","type":"Jobseeker","relationName":"EnrolmentToJobseeker"}],"dbName":null,"schema":null},"FactCheck":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"claimKy","kind":"scalar","type":"String"},{"name":"claimRu","kind":"scalar","type":"String"},{"name":"phrasings","kind":"scalar","type":"String"},{"name":"verdict","kind":"scalar","type":"String"},{"name":"explanationKy","kind":"scalar","type":"String"},{"name":"explanationRu","kind":"scalar","type":"String"},{"name":"source","kind":"scalar","type":"String"},{"name":"publishedAt","kind":"scalar","type":"DateTime"},{"name":"reviewedAt","kind":"scalar","type":"DateTime"},{"name":"verifiedBy","kind":"scalar","type":"String"},{"name":"editedBy","kind":"scalar","type":"BigInt"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"rumours","kind":"object","type":"Rumour","relationName":"FactCheckToRumour"},{"name":"picks","kind":"object","type":"FactCheckPick","relationName":"FactCheckToFactCheckPick"}],"dbName":null,"schema":null},"FactCheckPick":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"factCheckId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"text","kind":"scalar","type":"String"},{"name":"status","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"decidedAt","kind":"scalar","type":"DateTime"},{"name":"decidedBy","kind":"scalar","type":"BigInt"},{"name":"factCheck","kind":"object","type":"FactCheck","relationName":"FactCheckToFactCheckPick"}],"dbName":null,"schema":null},"Rumour":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"text","kind":"scalar","type":"String"},{"name":"status","kind":"scalar","type":"String"},{"name":"factCheckId","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"lastAskedAt","kind":"scalar","type":"DateTime"},{"name":"decidedAt","kind":"scalar","type":"DateTime"},{"name":"decidedBy","kind":"scalar","type":"BigInt"},{"name":"factCheck","kind":"object","type":"FactCheck","relationName":"FactCheckToRumour"},{"name":"askers","kind":"object","type":"RumourAsker","relationName":"RumourToRumourAsker"},{"name":"keys","kind":"object","type":"RumourKey","relationName":"RumourToRumourKey"},{"name":"keyed","kind":"scalar","type":"Boolean"}],"dbName":null,"schema":null},"RumourKey":{"fields":[{"name":"rumourId","kind":"scalar","type":"Int"},{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"key","kind":"scalar","type":"String"},{"name":"rumour","kind":"object","type":"Rumour","relationName":"RumourToRumourKey"}],"dbName":null,"schema":null},"RumourAsker":{"fields":[{"name":"rumourId","kind":"scalar","type":"Int"},{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"text","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"toldAt","kind":"scalar","type":"DateTime"},{"name":"rumour","kind":"object","type":"Rumour","relationName":"RumourToRumourAsker"}],"dbName":null,"schema":null},"Subscription":{"fields":[{"name":"userId","kind":"scalar","type":"BigInt"},{"name":"topic","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null},"Broadcast":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"textKy","kind":"scalar","type":"String"},{"name":"textRu","kind":"scalar","type":"String"},{"name":"photoFileId","kind":"scalar","type":"String"},{"name":"audience","kind":"scalar","type":"String"},{"name":"status","kind":"scalar","type":"String"},{"name":"sendAt","kind":"scalar","type":"DateTime"},{"name":"authorId","kind":"scalar","type":"BigInt"},{"name":"approvedBy","kind":"scalar","type":"BigInt"},{"name":"approvedAt","kind":"scalar","type":"DateTime"},{"name":"rejectedBy","kind":"scalar","type":"BigInt"},{"name":"rejectReason","kind":"scalar","type":"String"},{"name":"progressChatId","kind":"scalar","type":"BigInt"},{"name":"progressMessageId","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"startedAt","kind":"scalar","type":"DateTime"},{"name":"finishedAt","kind":"scalar","type":"DateTime"},{"name":"outbox","kind":"object","type":"Outbox","relationName":"BroadcastToOutbox"}],"dbName":null,"schema":null},"Outbox":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"broadcastId","kind":"scalar","type":"Int"},{"name":"chatId","kind":"scalar","type":"BigInt"},{"name":"language","kind":"scalar","type":"String"},{"name":"status","kind":"scalar","type":"String"},{"name":"attempts","kind":"scalar","type":"Int"},{"name":"nextAt","kind":"scalar","type":"DateTime"},{"name":"sentAt","kind":"scalar","type":"DateTime"},{"name":"error","kind":"scalar","type":"String"},{"name":"broadcast","kind":"object","type":"Broadcast","relationName":"BroadcastToOutbox"}],"dbName":null,"schema":null}},"enums":{},"types":{}}');
config.parameterizationSchema = {
  strings: JSON.parse('["where","User.findUnique","User.findUniqueOrThrow","orderBy","cursor","User.findFirst","User.findFirstOrThrow","User.findMany","data","User.createOne","User.createMany","User.createManyAndReturn","User.updateOne","User.updateMany","User.updateManyAndReturn","create","update","User.upsertOne","User.deleteOne","User.deleteMany","having","_count","_avg","_sum","_min","_max","User.groupBy","User.aggregate","clinic","closures","booking","reminders","bookings","Clinic.findUnique","Clinic.findUniqueOrThrow","Clinic.findFirst","Clinic.findFirstOrThrow","Clinic.findMany","Clinic.createOne","Clinic.createMany","Clinic.createManyAndReturn","Clinic.updateOne","Clinic.updateMany","Clinic.updateManyAndReturn","Clinic.upsertOne","Clinic.deleteOne","Clinic.deleteMany","Clinic.groupBy","Clinic.aggregate","ClinicClosure.findUnique","ClinicClosure.findUniqueOrThrow","ClinicClosure.findFirst","ClinicClosure.findFirstOrThrow","ClinicClosure.findMany","ClinicClosure.createOne","ClinicClosure.createMany","ClinicClosure.createManyAndReturn","ClinicClosure.updateOne","ClinicClosure.updateMany","ClinicClosure.updateManyAndReturn","ClinicClosure.upsertOne","ClinicClosure.deleteOne","ClinicClosure.deleteMany","ClinicClosure.groupBy","ClinicClosure.aggregate","Booking.findUnique","Booking.findUniqueOrThrow","Booking.findFirst","Booking.findFirstOrThrow","Booking.findMany","Booking.createOne","Booking.createMany","Booking.createManyAndReturn","Booking.updateOne","Booking.updateMany","Booking.updateManyAndReturn","Booking.upsertOne","Booking.deleteOne","Booking.deleteMany","Booking.groupBy","Booking.aggregate","Notice.findUnique","Notice.findUniqueOrThrow","Notice.findFirst","Notice.findFirstOrThrow","Notice.findMany","Notice.createOne","Notice.createMany","Notice.createManyAndReturn","Notice.updateOne","Notice.updateMany","Notice.updateManyAndReturn","Notice.upsertOne","Notice.deleteOne","Notice.deleteMany","Notice.groupBy","Notice.aggregate","Reminder.findUnique","Reminder.findUniqueOrThrow","Reminder.findFirst","Reminder.findFirstOrThrow","Reminder.findMany","Reminder.createOne","Reminder.createMany","Reminder.createManyAndReturn","Reminder.updateOne","Reminder.updateMany","Reminder.updateManyAndReturn","Reminder.upsertOne","Reminder.deleteOne","Reminder.deleteMany","Reminder.groupBy","Reminder.aggregate","JobRun.findUnique","JobRun.findUniqueOrThrow","JobRun.findFirst","JobRun.findFirstOrThrow","JobRun.findMany","JobRun.createOne","JobRun.createMany","JobRun.createManyAndReturn","JobRun.updateOne","JobRun.updateMany","JobRun.updateManyAndReturn","JobRun.upsertOne","JobRun.deleteOne","JobRun.deleteMany","JobRun.groupBy","JobRun.aggregate","employer","vacancy","applications","enrolments","course","jobseeker","vacancies","Employer.findUnique","Employer.findUniqueOrThrow","Employer.findFirst","Employer.findFirstOrThrow","Employer.findMany","Employer.createOne","Employer.createMany","Employer.createManyAndReturn","Employer.updateOne","Employer.updateMany","Employer.updateManyAndReturn","Employer.upsertOne","Employer.deleteOne","Employer.deleteMany","Employer.groupBy","Employer.aggregate","RoleGrant.findUnique","RoleGrant.findUniqueOrThrow","RoleGrant.findFirst","RoleGrant.findFirstOrThrow","RoleGrant.findMany","RoleGrant.createOne","RoleGrant.createMany","RoleGrant.createManyAndReturn","RoleGrant.updateOne","RoleGrant.updateMany","RoleGrant.updateManyAndReturn","RoleGrant.upsertOne","RoleGrant.deleteOne","RoleGrant.deleteMany","RoleGrant.groupBy","RoleGrant.aggregate","Invite.findUnique","Invite.findUniqueOrThrow","Invite.findFirst","Invite.findFirstOrThrow","Invite.findMany","Invite.createOne","Invite.createMany","Invite.createManyAndReturn","Invite.updateOne","Invite.updateMany","Invite.updateManyAndReturn","Invite.upsertOne","Invite.deleteOne","Invite.deleteMany","Invite.groupBy","Invite.aggregate","AuditEvent.findUnique","AuditEvent.findUniqueOrThrow","AuditEvent.findFirst","AuditEvent.findFirstOrThrow","AuditEvent.findMany","AuditEvent.createOne","AuditEvent.createMany","AuditEvent.createManyAndReturn","AuditEvent.updateOne","AuditEvent.updateMany","AuditEvent.updateManyAndReturn","AuditEvent.upsertOne","AuditEvent.deleteOne","AuditEvent.deleteMany","AuditEvent.groupBy","AuditEvent.aggregate","StaffGroup.findUnique","StaffGroup.findUniqueOrThrow","StaffGroup.findFirst","StaffGroup.findFirstOrThrow","StaffGroup.findMany","StaffGroup.createOne","StaffGroup.createMany","StaffGroup.createManyAndReturn","StaffGroup.updateOne","StaffGroup.updateMany","StaffGroup.updateManyAndReturn","StaffGroup.upsertOne","StaffGroup.deleteOne","StaffGroup.deleteMany","StaffGroup.groupBy","StaffGroup.aggregate","Consent.findUnique","Consent.findUniqueOrThrow","Consent.findFirst","Consent.findFirstOrThrow","Consent.findMany","Consent.createOne","Consent.createMany","Consent.createManyAndReturn","Consent.updateOne","Consent.updateMany","Consent.updateManyAndReturn","Consent.upsertOne","Consent.deleteOne","Consent.deleteMany","Consent.groupBy","Consent.aggregate","Tally.findUnique","Tally.findUniqueOrThrow","Tally.findFirst","Tally.findFirstOrThrow","Tally.findMany","Tally.createOne","Tally.createMany","Tally.createManyAndReturn","Tally.updateOne","Tally.updateMany","Tally.updateManyAndReturn","Tally.upsertOne","Tally.deleteOne","Tally.deleteMany","Tally.groupBy","Tally.aggregate","StoredState.findUnique","StoredState.findUniqueOrThrow","StoredState.findFirst","StoredState.findFirstOrThrow","StoredState.findMany","StoredState.createOne","StoredState.createMany","StoredState.createManyAndReturn","StoredState.updateOne","StoredState.updateMany","StoredState.updateManyAndReturn","StoredState.upsertOne","StoredState.deleteOne","StoredState.deleteMany","StoredState.groupBy","StoredState.aggregate","Jobseeker.findUnique","Jobseeker.findUniqueOrThrow","Jobseeker.findFirst","Jobseeker.findFirstOrThrow","Jobseeker.findMany","Jobseeker.createOne","Jobseeker.createMany","Jobseeker.createManyAndReturn","Jobseeker.updateOne","Jobseeker.updateMany","Jobseeker.updateManyAndReturn","Jobseeker.upsertOne","Jobseeker.deleteOne","Jobseeker.deleteMany","Jobseeker.groupBy","Jobseeker.aggregate","Vacancy.findUnique","Vacancy.findUniqueOrThrow","Vacancy.findFirst","Vacancy.findFirstOrThrow","Vacancy.findMany","Vacancy.createOne","Vacancy.createMany","Vacancy.createManyAndReturn","Vacancy.updateOne","Vacancy.updateMany","Vacancy.updateManyAndReturn","Vacancy.upsertOne","Vacancy.deleteOne","Vacancy.deleteMany","Vacancy.groupBy","Vacancy.aggregate","Application.findUnique","Application.findUniqueOrThrow","Application.findFirst","Application.findFirstOrThrow","Application.findMany","Application.createOne","Application.createMany","Application.createManyAndReturn","Application.updateOne","Application.updateMany","Application.updateManyAndReturn","Application.upsertOne","Application.deleteOne","Application.deleteMany","Application.groupBy","Application.aggregate","Course.findUnique","Course.findUniqueOrThrow","Course.findFirst","Course.findFirstOrThrow","Course.findMany","Course.createOne","Course.createMany","Course.createManyAndReturn","Course.updateOne","Course.updateMany","Course.updateManyAndReturn","Course.upsertOne","Course.deleteOne","Course.deleteMany","Course.groupBy","Course.aggregate","Enrolment.findUnique","Enrolment.findUniqueOrThrow","Enrolment.findFirst","Enrolment.findFirstOrThrow","Enrolment.findMany","Enrolment.createOne","Enrolment.createMany","Enrolment.createManyAndReturn","Enrolment.updateOne","Enrolment.updateMany","Enrolment.updateManyAndReturn","Enrolment.upsertOne","Enrolment.deleteOne","Enrolment.deleteMany","Enrolment.groupBy","Enrolment.aggregate","factCheck","rumour","askers","keys","rumours","picks","FactCheck.findUnique","FactCheck.findUniqueOrThrow","FactCheck.findFirst","FactCheck.findFirstOrThrow","FactCheck.findMany","FactCheck.createOne","FactCheck.createMany","FactCheck.createManyAndReturn","FactCheck.updateOne","FactCheck.updateMany","FactCheck.updateManyAndReturn","FactCheck.upsertOne","FactCheck.deleteOne","FactCheck.deleteMany","FactCheck.groupBy","FactCheck.aggregate","FactCheckPick.findUnique","FactCheckPick.findUniqueOrThrow","FactCheckPick.findFirst","FactCheckPick.findFirstOrThrow","FactCheckPick.findMany","FactCheckPick.createOne","FactCheckPick.createMany","FactCheckPick.createManyAndReturn","FactCheckPick.updateOne","FactCheckPick.updateMany","FactCheckPick.updateManyAndReturn","FactCheckPick.upsertOne","FactCheckPick.deleteOne","FactCheckPick.deleteMany","FactCheckPick.groupBy","FactCheckPick.aggregate","Rumour.findUnique","Rumour.findUniqueOrThrow","Rumour.findFirst","Rumour.findFirstOrThrow","Rumour.findMany","Rumour.createOne","Rumour.createMany","Rumour.createManyAndReturn","Rumour.updateOne","Rumour.updateMany","Rumour.updateManyAndReturn","Rumour.upsertOne","Rumour.deleteOne","Rumour.deleteMany","Rumour.groupBy","Rumour.aggregate","RumourKey.findUnique","RumourKey.findUniqueOrThrow","RumourKey.findFirst","RumourKey.findFirstOrThrow","RumourKey.findMany","RumourKey.createOne","RumourKey.createMany","RumourKey.createManyAndReturn","RumourKey.updateOne","RumourKey.updateMany","RumourKey.updateManyAndReturn","RumourKey.upsertOne","RumourKey.deleteOne","RumourKey.deleteMany","RumourKey.groupBy","RumourKey.aggregate","RumourAsker.findUnique","RumourAsker.findUniqueOrThrow","RumourAsker.findFirst","RumourAsker.findFirstOrThrow","RumourAsker.findMany","RumourAsker.createOne","RumourAsker.createMany","RumourAsker.createManyAndReturn","RumourAsker.updateOne","RumourAsker.updateMany","RumourAsker.updateManyAndReturn","RumourAsker.upsertOne","RumourAsker.deleteOne","RumourAsker.deleteMany","RumourAsker.groupBy","RumourAsker.aggregate","Subscription.findUnique","Subscription.findUniqueOrThrow","Subscription.findFirst","Subscription.findFirstOrThrow","Subscription.findMany","Subscription.createOne","Subscription.createMany","Subscription.createManyAndReturn","Subscription.updateOne","Subscription.updateMany","Subscription.updateManyAndReturn","Subscription.upsertOne","Subscription.deleteOne","Subscription.deleteMany","Subscription.groupBy","Subscription.aggregate","broadcast","outbox","Broadcast.findUnique","Broadcast.findUniqueOrThrow","Broadcast.findFirst","Broadcast.findFirstOrThrow","Broadcast.findMany","Broadcast.createOne","Broadcast.createMany","Broadcast.createManyAndReturn","Broadcast.updateOne","Broadcast.updateMany","Broadcast.updateManyAndReturn","Broadcast.upsertOne","Broadcast.deleteOne","Broadcast.deleteMany","Broadcast.groupBy","Broadcast.aggregate","Outbox.findUnique","Outbox.findUniqueOrThrow","Outbox.findFirst","Outbox.findFirstOrThrow","Outbox.findMany","Outbox.createOne","Outbox.createMany","Outbox.createManyAndReturn","Outbox.updateOne","Outbox.updateMany","Outbox.updateManyAndReturn","Outbox.upsertOne","Outbox.deleteOne","Outbox.deleteMany","Outbox.groupBy","Outbox.aggregate","AND","OR","NOT","id","broadcastId","chatId","language","status","attempts","nextAt","sentAt","error","equals","in","notIn","lt","lte","gt","gte","contains","startsWith","endsWith","not","textKy","textRu","photoFileId","audience","sendAt","authorId","approvedBy","approvedAt","rejectedBy","rejectReason","progressChatId","progressMessageId","createdAt","updatedAt","startedAt","finishedAt","every","some","none","broadcastId_chatId","userId","topic","userId_topic","rumourId","text","toldAt","key","factCheckId","lastAskedAt","decidedAt","decidedBy","keyed","claimKy","claimRu","phrasings","verdict","explanationKy","explanationRu","source","publishedAt","reviewedAt","verifiedBy","editedBy","rumourId_userId_key","rumourId_userId","courseId","enrolledAt","completedAt","titleKy","titleRu","occupation","mode","region","hours","active","vacancyId","employerId","title","district","wageMin","wageMax","schedule","experienceYears","languages","requirements","contact","createdBy","expiresAt","name","phone","sex","occupations","skillsText","education","schedules","minWage","lostWorkCovid","disability","wantsTraining","lastDigestAt","scope","value","scope_key","metric","day","count","metric_day","purpose","grantedAt","userId_purpose","role","linkedBy","linkedAt","role_scope","at","actorId","action","subjectId","via","tokenHash","usedBy","usedAt","grantedBy","grantedVia","userId_role_scope","trusted","courseId_userId","vacancyId_userId","name_key","bookingId","kind","dueAt","claimedAt","event","ref","clinicId","startsAt","seat","description","declineReason","outcome","endsAt","reason","nameKy","nameRu","addressKy","addressRu","lunchFrom","lunchTo","slotMinutes","seats","topics","latitude","longitude","sample","bookingId_kind","clinicId_startsAt_seat","firstSeenAt","lastSeenAt","blockedAt","displayName","is","isNot","connectOrCreate","upsert","createMany","set","disconnect","delete","connect","updateMany","deleteMany","increment","decrement","multiply","divide"]'),
  graph: "nAqeAsADCeADAADdBgAw4QMAAAQAEOIDAADdBgAw4wMEAAAAAeYDAQD4BQAhgAVAAP4FACGBBUAA_gUAIYIFQAD6BQAhgwUBAPgFACEBAAAAAQAgAQAAAAEAIAngAwAA3QYAMOEDAAAEABDiAwAA3QYAMOMDBAD7BQAh5gMBAPgFACGABUAA_gUAIYEFQAD-BQAhggVAAPoFACGDBQEA-AUAIQPmAwAA3gYAIIIFAADeBgAggwUAAN4GACADAAAABAAgAwAABQAwBAAAAQAgAwAAAAQAIAMAAAUAMAQAAAEAIAMAAAAEACADAAAFADAEAAABACAG4wMEAAAAAeYDAQAAAAGABUAAAAABgQVAAAAAAYIFQAAAAAGDBQEAAAABAQgAAAkAIAbjAwQAAAAB5gMBAAAAAYAFQAAAAAGBBUAAAAABggVAAAAAAYMFAQAAAAEBCAAACwAwAQgAAAsAMAbjAwQA5AYAIeYDAQDpBgAhgAVAAOcGACGBBUAA5wYAIYIFQADoBgAhgwUBAOkGACECAAAAAQAgCAAADgAgBuMDBADkBgAh5gMBAOkGACGABUAA5wYAIYEFQADnBgAhggVAAOgGACGDBQEA6QYAIQIAAAAEACAIAAAQACACAAAABAAgCAAAEAAgAwAAAAEAIA8AAAkAIBAAAA4AIAEAAAABACABAAAABAAgCBUAAMoJACAWAADLCQAgFwAAzgkAIBgAAM0JACAZAADMCQAg5gMAAN4GACCCBQAA3gYAIIMFAADeBgAgCeADAADcBgAw4QMAABcAEOIDAADcBgAw4wMEANwFACHmAwEA4AUAIYAFQADeBQAhgQVAAN4FACGCBUAA3wUAIYMFAQDgBQAhAwAAAAQAIAMAABYAMBQAABcAIAMAAAAEACADAAAFADAEAAABACAZHQAA0gYAICAAANMGACDgAwAA0AYAMOEDAAAsABDiAwAA0AYAMOMDAgAAAAGDBEAA_gUAIZEEAQAAAAGrBAEA-QUAIawEAQD5BQAhrQQgAJkGACG2BAEA-QUAIbwEAQD5BQAh8gQBAPkFACHzBAEA-QUAIfQEAQD5BQAh9QQBAPkFACH2BAEA-AUAIfcEAQD4BQAh-AQCAPcFACH5BAIA9wUAIfoEAQD5BQAh-wQIANEGACH8BAgA0QYAIf0EIACZBgAhAQAAABoAIAscAADZBgAg4AMAANsGADDhAwAAHAAQ4gMAANsGADDjAwIA9wUAIYMEQAD-BQAhuQQEAPwFACHqBAIA9wUAIesEQAD-BQAh8ARAAP4FACHxBAEA-QUAIQIcAADICQAguQQAAN4GACALHAAA2QYAIOADAADbBgAw4QMAABwAEOIDAADbBgAw4wMCAAAAAYMEQAD-BQAhuQQEAPwFACHqBAIA9wUAIesEQAD-BQAh8ARAAP4FACHxBAEA-QUAIQMAAAAcACADAAAdADAEAAAeACAXHAAA2QYAIB8AANoGACDgAwAA2AYAMOEDAAAgABDiAwAA2AYAMOMDAgD3BQAh5gMBAPkFACHnAwEA-QUAIYMEQAD-BQAhhARAAP4FACGLBAQA-wUAIYwEAQD5BQAhuAQBAPkFACG7BAEA-QUAIbwEAQD5BQAhvQQBAPkFACHpBAEA-QUAIeoEAgD3BQAh6wRAAP4FACHsBAIA_QUAIe0EAQD4BQAh7gQBAPgFACHvBAEA-AUAIQYcAADICQAgHwAAyQkAIOwEAADeBgAg7QQAAN4GACDuBAAA3gYAIO8EAADeBgAgGBwAANkGACAfAADaBgAg4AMAANgGADDhAwAAIAAQ4gMAANgGADDjAwIAAAAB5gMBAPkFACHnAwEA-QUAIYMEQAD-BQAhhARAAP4FACGLBAQA-wUAIYwEAQD5BQAhuAQBAPkFACG7BAEA-QUAIbwEAQD5BQAhvQQBAPkFACHpBAEAAAAB6gQCAPcFACHrBEAA_gUAIewEAgD9BQAh7QQBAPgFACHuBAEA-AUAIe8EAQD4BQAh_wQAANcGACADAAAAIAAgAwAAIQAwBAAAIgAgCh4AANYGACDgAwAA1QYAMOEDAAAkABDiAwAA1QYAMOMDAgD3BQAh6gNAAPoFACHkBAIA9wUAIeUEAQD5BQAh5gRAAP4FACHnBEAA-gUAIQMeAADHCQAg6gMAAN4GACDnBAAA3gYAIAseAADWBgAg4AMAANUGADDhAwAAJAAQ4gMAANUGADDjAwIAAAAB6gNAAPoFACHkBAIA9wUAIeUEAQD5BQAh5gRAAP4FACHnBEAA-gUAIf4EAADUBgAgAwAAACQAIAMAACUAMAQAACYAIAEAAAAkACABAAAAHAAgAQAAACAAIAEAAAAaACAZHQAA0gYAICAAANMGACDgAwAA0AYAMOEDAAAsABDiAwAA0AYAMOMDAgD3BQAhgwRAAP4FACGRBAEA-AUAIasEAQD5BQAhrAQBAPkFACGtBCAAmQYAIbYEAQD5BQAhvAQBAPkFACHyBAEA-QUAIfMEAQD5BQAh9AQBAPkFACH1BAEA-QUAIfYEAQD4BQAh9wQBAPgFACH4BAIA9wUAIfkEAgD3BQAh-gQBAPkFACH7BAgA0QYAIfwECADRBgAh_QQgAJkGACEHHQAAxQkAICAAAMYJACCRBAAA3gYAIPYEAADeBgAg9wQAAN4GACD7BAAA3gYAIPwEAADeBgAgAwAAACwAIAMAAC0AMAQAABoAIAMAAAAsACADAAAtADAEAAAaACADAAAALAAgAwAALQAwBAAAGgAgFh0AAMMJACAgAADECQAg4wMCAAAAAYMEQAAAAAGRBAEAAAABqwQBAAAAAawEAQAAAAGtBCAAAAABtgQBAAAAAbwEAQAAAAHyBAEAAAAB8wQBAAAAAfQEAQAAAAH1BAEAAAAB9gQBAAAAAfcEAQAAAAH4BAIAAAAB-QQCAAAAAfoEAQAAAAH7BAgAAAAB_AQIAAAAAf0EIAAAAAEBCAAAMQAgFOMDAgAAAAGDBEAAAAABkQQBAAAAAasEAQAAAAGsBAEAAAABrQQgAAAAAbYEAQAAAAG8BAEAAAAB8gQBAAAAAfMEAQAAAAH0BAEAAAAB9QQBAAAAAfYEAQAAAAH3BAEAAAAB-AQCAAAAAfkEAgAAAAH6BAEAAAAB-wQIAAAAAfwECAAAAAH9BCAAAAABAQgAADMAMAEIAAAzADAWHQAAqQkAICAAAKoJACDjAwIA5gYAIYMEQADnBgAhkQQBAOkGACGrBAEA5QYAIawEAQDlBgAhrQQgAJsHACG2BAEA5QYAIbwEAQDlBgAh8gQBAOUGACHzBAEA5QYAIfQEAQDlBgAh9QQBAOUGACH2BAEA6QYAIfcEAQDpBgAh-AQCAOYGACH5BAIA5gYAIfoEAQDlBgAh-wQIAKgJACH8BAgAqAkAIf0EIACbBwAhAgAAABoAIAgAADYAIBTjAwIA5gYAIYMEQADnBgAhkQQBAOkGACGrBAEA5QYAIawEAQDlBgAhrQQgAJsHACG2BAEA5QYAIbwEAQDlBgAh8gQBAOUGACHzBAEA5QYAIfQEAQDlBgAh9QQBAOUGACH2BAEA6QYAIfcEAQDpBgAh-AQCAOYGACH5BAIA5gYAIfoEAQDlBgAh-wQIAKgJACH8BAgAqAkAIf0EIACbBwAhAgAAACwAIAgAADgAIAIAAAAsACAIAAA4ACADAAAAGgAgDwAAMQAgEAAANgAgAQAAABoAIAEAAAAsACAKFQAAowkAIBYAAKQJACAXAACnCQAgGAAApgkAIBkAAKUJACCRBAAA3gYAIPYEAADeBgAg9wQAAN4GACD7BAAA3gYAIPwEAADeBgAgF-ADAADNBgAw4QMAAD8AEOIDAADNBgAw4wMCANsFACGDBEAA3gUAIZEEAQDgBQAhqwQBAN0FACGsBAEA3QUAIa0EIACJBgAhtgQBAN0FACG8BAEA3QUAIfIEAQDdBQAh8wQBAN0FACH0BAEA3QUAIfUEAQDdBQAh9gQBAOAFACH3BAEA4AUAIfgEAgDbBQAh-QQCANsFACH6BAEA3QUAIfsECADOBgAh_AQIAM4GACH9BCAAiQYAIQMAAAAsACADAAA-ADAUAAA_ACADAAAALAAgAwAALQAwBAAAGgAgAQAAAB4AIAEAAAAeACADAAAAHAAgAwAAHQAwBAAAHgAgAwAAABwAIAMAAB0AMAQAAB4AIAMAAAAcACADAAAdADAEAAAeACAIHAAAogkAIOMDAgAAAAGDBEAAAAABuQQEAAAAAeoEAgAAAAHrBEAAAAAB8ARAAAAAAfEEAQAAAAEBCAAARwAgB-MDAgAAAAGDBEAAAAABuQQEAAAAAeoEAgAAAAHrBEAAAAAB8ARAAAAAAfEEAQAAAAEBCAAASQAwAQgAAEkAMAgcAAChCQAg4wMCAOYGACGDBEAA5wYAIbkEBADxBgAh6gQCAOYGACHrBEAA5wYAIfAEQADnBgAh8QQBAOUGACECAAAAHgAgCAAATAAgB-MDAgDmBgAhgwRAAOcGACG5BAQA8QYAIeoEAgDmBgAh6wRAAOcGACHwBEAA5wYAIfEEAQDlBgAhAgAAABwAIAgAAE4AIAIAAAAcACAIAABOACADAAAAHgAgDwAARwAgEAAATAAgAQAAAB4AIAEAAAAcACAGFQAAnAkAIBYAAJ0JACAXAACgCQAgGAAAnwkAIBkAAJ4JACC5BAAA3gYAIArgAwAAzAYAMOEDAABVABDiAwAAzAYAMOMDAgDbBQAhgwRAAN4FACG5BAQA8AUAIeoEAgDbBQAh6wRAAN4FACHwBEAA3gUAIfEEAQDdBQAhAwAAABwAIAMAAFQAMBQAAFUAIAMAAAAcACADAAAdADAEAAAeACABAAAAIgAgAQAAACIAIAMAAAAgACADAAAhADAEAAAiACADAAAAIAAgAwAAIQAwBAAAIgAgAwAAACAAIAMAACEAMAQAACIAIBQcAACaCQAgHwAAmwkAIOMDAgAAAAHmAwEAAAAB5wMBAAAAAYMEQAAAAAGEBEAAAAABiwQEAAAAAYwEAQAAAAG4BAEAAAABuwQBAAAAAbwEAQAAAAG9BAEAAAAB6QQBAAAAAeoEAgAAAAHrBEAAAAAB7AQCAAAAAe0EAQAAAAHuBAEAAAAB7wQBAAAAAQEIAABdACAS4wMCAAAAAeYDAQAAAAHnAwEAAAABgwRAAAAAAYQEQAAAAAGLBAQAAAABjAQBAAAAAbgEAQAAAAG7BAEAAAABvAQBAAAAAb0EAQAAAAHpBAEAAAAB6gQCAAAAAesEQAAAAAHsBAIAAAAB7QQBAAAAAe4EAQAAAAHvBAEAAAABAQgAAF8AMAEIAABfADAUHAAAjAkAIB8AAI0JACDjAwIA5gYAIeYDAQDlBgAh5wMBAOUGACGDBEAA5wYAIYQEQADnBgAhiwQEAOQGACGMBAEA5QYAIbgEAQDlBgAhuwQBAOUGACG8BAEA5QYAIb0EAQDlBgAh6QQBAOUGACHqBAIA5gYAIesEQADnBgAh7AQCAPIGACHtBAEA6QYAIe4EAQDpBgAh7wQBAOkGACECAAAAIgAgCAAAYgAgEuMDAgDmBgAh5gMBAOUGACHnAwEA5QYAIYMEQADnBgAhhARAAOcGACGLBAQA5AYAIYwEAQDlBgAhuAQBAOUGACG7BAEA5QYAIbwEAQDlBgAhvQQBAOUGACHpBAEA5QYAIeoEAgDmBgAh6wRAAOcGACHsBAIA8gYAIe0EAQDpBgAh7gQBAOkGACHvBAEA6QYAIQIAAAAgACAIAABkACACAAAAIAAgCAAAZAAgAwAAACIAIA8AAF0AIBAAAGIAIAEAAAAiACABAAAAIAAgCRUAAIcJACAWAACICQAgFwAAiwkAIBgAAIoJACAZAACJCQAg7AQAAN4GACDtBAAA3gYAIO4EAADeBgAg7wQAAN4GACAV4AMAAMsGADDhAwAAawAQ4gMAAMsGADDjAwIA2wUAIeYDAQDdBQAh5wMBAN0FACGDBEAA3gUAIYQEQADeBQAhiwQEANwFACGMBAEA3QUAIbgEAQDdBQAhuwQBAN0FACG8BAEA3QUAIb0EAQDdBQAh6QQBAN0FACHqBAIA2wUAIesEQADeBQAh7AQCAPEFACHtBAEA4AUAIe4EAQDgBQAh7wQBAOAFACEDAAAAIAAgAwAAagAwFAAAawAgAwAAACAAIAMAACEAMAQAACIAIA3gAwAAygYAMOEDAABxABDiAwAAygYAMOMDAgAAAAHoAwIA9wUAIeoDQAD6BQAh6wMBAPgFACGDBEAA_gUAIdgEAgD3BQAh5QQBAPkFACHmBEAA_gUAIecEQAD6BQAh6AQBAPkFACEBAAAAbgAgAQAAAG4AIA3gAwAAygYAMOEDAABxABDiAwAAygYAMOMDAgD3BQAh6AMCAPcFACHqA0AA-gUAIesDAQD4BQAhgwRAAP4FACHYBAIA9wUAIeUEAQD5BQAh5gRAAP4FACHnBEAA-gUAIegEAQD5BQAhA-oDAADeBgAg6wMAAN4GACDnBAAA3gYAIAMAAABxACADAAByADAEAABuACADAAAAcQAgAwAAcgAwBAAAbgAgAwAAAHEAIAMAAHIAMAQAAG4AIArjAwIAAAAB6AMCAAAAAeoDQAAAAAHrAwEAAAABgwRAAAAAAdgEAgAAAAHlBAEAAAAB5gRAAAAAAecEQAAAAAHoBAEAAAABAQgAAHYAIArjAwIAAAAB6AMCAAAAAeoDQAAAAAHrAwEAAAABgwRAAAAAAdgEAgAAAAHlBAEAAAAB5gRAAAAAAecEQAAAAAHoBAEAAAABAQgAAHgAMAEIAAB4ADAK4wMCAOYGACHoAwIA5gYAIeoDQADoBgAh6wMBAOkGACGDBEAA5wYAIdgEAgDmBgAh5QQBAOUGACHmBEAA5wYAIecEQADoBgAh6AQBAOUGACECAAAAbgAgCAAAewAgCuMDAgDmBgAh6AMCAOYGACHqA0AA6AYAIesDAQDpBgAhgwRAAOcGACHYBAIA5gYAIeUEAQDlBgAh5gRAAOcGACHnBEAA6AYAIegEAQDlBgAhAgAAAHEAIAgAAH0AIAIAAABxACAIAAB9ACADAAAAbgAgDwAAdgAgEAAAewAgAQAAAG4AIAEAAABxACAIFQAAggkAIBYAAIMJACAXAACGCQAgGAAAhQkAIBkAAIQJACDqAwAA3gYAIOsDAADeBgAg5wQAAN4GACAN4AMAAMkGADDhAwAAhAEAEOIDAADJBgAw4wMCANsFACHoAwIA2wUAIeoDQADfBQAh6wMBAOAFACGDBEAA3gUAIdgEAgDbBQAh5QQBAN0FACHmBEAA3gUAIecEQADfBQAh6AQBAN0FACEDAAAAcQAgAwAAgwEAMBQAAIQBACADAAAAcQAgAwAAcgAwBAAAbgAgAQAAACYAIAEAAAAmACADAAAAJAAgAwAAJQAwBAAAJgAgAwAAACQAIAMAACUAMAQAACYAIAMAAAAkACADAAAlADAEAAAmACAHHgAAgQkAIOMDAgAAAAHqA0AAAAAB5AQCAAAAAeUEAQAAAAHmBEAAAAAB5wRAAAAAAQEIAACMAQAgBuMDAgAAAAHqA0AAAAAB5AQCAAAAAeUEAQAAAAHmBEAAAAAB5wRAAAAAAQEIAACOAQAwAQgAAI4BADAHHgAAgAkAIOMDAgDmBgAh6gNAAOgGACHkBAIA5gYAIeUEAQDlBgAh5gRAAOcGACHnBEAA6AYAIQIAAAAmACAIAACRAQAgBuMDAgDmBgAh6gNAAOgGACHkBAIA5gYAIeUEAQDlBgAh5gRAAOcGACHnBEAA6AYAIQIAAAAkACAIAACTAQAgAgAAACQAIAgAAJMBACADAAAAJgAgDwAAjAEAIBAAAJEBACABAAAAJgAgAQAAACQAIAcVAAD7CAAgFgAA_AgAIBcAAP8IACAYAAD-CAAgGQAA_QgAIOoDAADeBgAg5wQAAN4GACAJ4AMAAMgGADDhAwAAmgEAEOIDAADIBgAw4wMCANsFACHqA0AA3wUAIeQEAgDbBQAh5QQBAN0FACHmBEAA3gUAIecEQADfBQAhAwAAACQAIAMAAJkBADAUAACaAQAgAwAAACQAIAMAACUAMAQAACYAIAfgAwAAxgYAMOEDAACgAQAQ4gMAAMYGADCRBAEA-QUAIbsEAQD5BQAh1QRAAP4FACHjBAAAxwYAIAEAAACdAQAgAQAAAJ0BACAG4AMAAMYGADDhAwAAoAEAEOIDAADGBgAwkQQBAPkFACG7BAEA-QUAIdUEQAD-BQAhAAMAAACgAQAgAwAAoQEAMAQAAJ0BACADAAAAoAEAIAMAAKEBADAEAACdAQAgAwAAAKABACADAAChAQAwBAAAnQEAIAORBAEAAAABuwQBAAAAAdUEQAAAAAEBCAAApQEAIAORBAEAAAABuwQBAAAAAdUEQAAAAAEBCAAApwEAMAEIAACnAQAwA5EEAQDlBgAhuwQBAOUGACHVBEAA5wYAIQIAAACdAQAgCAAAqgEAIAORBAEA5QYAIbsEAQDlBgAh1QRAAOcGACECAAAAoAEAIAgAAKwBACACAAAAoAEAIAgAAKwBACADAAAAnQEAIA8AAKUBACAQAACqAQAgAQAAAJ0BACABAAAAoAEAIAMVAAD4CAAgGAAA-ggAIBkAAPkIACAG4AMAAMUGADDhAwAAswEAEOIDAADFBgAwkQQBAN0FACG7BAEA3QUAIdUEQADeBQAhAwAAAKABACADAACyAQAwFAAAswEAIAMAAACgAQAgAwAAoQEAMAQAAJ0BACAIhwEAALsGACDgAwAAugYAMOEDAADMAQAQ4gMAALoGADDjAwIAAAABgwRAAP4FACG7BAEA-QUAIeAEIACZBgAhAQAAALYBACAXgQEAAMQGACCDAQAApQYAIOADAADDBgAw4QMAALgBABDiAwAAwwYAMOMDAgD3BQAh5wMBAPkFACH9AwQA_AUAIYMEQAD-BQAhqQQBAPkFACGrBAEA-QUAIa8EAgD3BQAhsAQBAPkFACGxBAEA-AUAIbIEAgD9BQAhswQCAP0FACG0BAEA-QUAIbUEAgD3BQAhtgQBAPkFACG3BAEA-QUAIbgEAQD5BQAhuQQEAPwFACG6BEAA_gUAIQeBAQAA9wgAIIMBAAC-CAAg_QMAAN4GACCxBAAA3gYAILIEAADeBgAgswQAAN4GACC5BAAA3gYAIBeBAQAAxAYAIIMBAAClBgAg4AMAAMMGADDhAwAAuAEAEOIDAADDBgAw4wMCAAAAAecDAQD5BQAh_QMEAPwFACGDBEAA_gUAIakEAQD5BQAhqwQBAPkFACGvBAIA9wUAIbAEAQD5BQAhsQQBAPgFACGyBAIA_QUAIbMEAgD9BQAhtAQBAPkFACG1BAIA9wUAIbYEAQD5BQAhtwQBAPkFACG4BAEA-QUAIbkEBAD8BQAhugRAAP4FACEDAAAAuAEAIAMAALkBADAEAAC6AQAgDIIBAADCBgAghgEAAL8GACDgAwAAwQYAMOEDAAC8AQAQ4gMAAMEGADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIZQEQAD6BQAhlQQEAPwFACGuBAIA9wUAIQSCAQAA9ggAIIYBAAD1CAAglAQAAN4GACCVBAAA3gYAIA2CAQAAwgYAIIYBAAC_BgAg4AMAAMEGADDhAwAAvAEAEOIDAADBBgAw4wMCAAAAAecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIZQEQAD6BQAhlQQEAPwFACGuBAIA9wUAIeIEAADABgAgAwAAALwBACADAAC9AQAwBAAAvgEAIAMAAAC8AQAgAwAAvQEAMAQAAL4BACALhQEAAL4GACCGAQAAvwYAIOADAAC9BgAw4QMAAMEBABDiAwAAvQYAMOMDAgD3BQAh5wMBAPkFACGLBAQA-wUAIaQEAgD3BQAhpQRAAP4FACGmBEAA-gUAIQOFAQAA9AgAIIYBAAD1CAAgpgQAAN4GACAMhQEAAL4GACCGAQAAvwYAIOADAAC9BgAw4QMAAMEBABDiAwAAvQYAMOMDAgAAAAHnAwEA-QUAIYsEBAD7BQAhpAQCAPcFACGlBEAA_gUAIaYEQAD6BQAh4QQAALwGACADAAAAwQEAIAMAAMIBADAEAADDAQAgAwAAAMEBACADAADCAQAwBAAAwwEAIAEAAADBAQAgAQAAALwBACABAAAAwQEAIAEAAAC8AQAgAQAAALgBACABAAAAtgEAIAiHAQAAuwYAIOADAAC6BgAw4QMAAMwBABDiAwAAugYAMOMDAgD3BQAhgwRAAP4FACG7BAEA-QUAIeAEIACZBgAhAYcBAADzCAAgAwAAAMwBACADAADNAQAwBAAAtgEAIAMAAADMAQAgAwAAzQEAMAQAALYBACADAAAAzAEAIAMAAM0BADAEAAC2AQAgBYcBAADyCAAg4wMCAAAAAYMEQAAAAAG7BAEAAAAB4AQgAAAAAQEIAADRAQAgBOMDAgAAAAGDBEAAAAABuwQBAAAAAeAEIAAAAAEBCAAA0wEAMAEIAADTAQAwBYcBAADlCAAg4wMCAOYGACGDBEAA5wYAIbsEAQDlBgAh4AQgAJsHACECAAAAtgEAIAgAANYBACAE4wMCAOYGACGDBEAA5wYAIbsEAQDlBgAh4AQgAJsHACECAAAAzAEAIAgAANgBACACAAAAzAEAIAgAANgBACADAAAAtgEAIA8AANEBACAQAADWAQAgAQAAALYBACABAAAAzAEAIAUVAADgCAAgFgAA4QgAIBcAAOQIACAYAADjCAAgGQAA4ggAIAfgAwAAuQYAMOEDAADfAQAQ4gMAALkGADDjAwIA2wUAIYMEQADeBQAhuwQBAN0FACHgBCAAiQYAIQMAAADMAQAgAwAA3gEAMBQAAN8BACADAAAAzAEAIAMAAM0BADAEAAC2AQAgC-ADAAC3BgAw4QMAAOUBABDiAwAAtwYAMOMDAgAAAAGLBAQA-wUAIccEAQD5BQAhzwRAAP4FACHRBAEA-QUAId0EBAD8BQAh3gQBAPkFACHfBAAAuAYAIAEAAADiAQAgAQAAAOIBACAK4AMAALcGADDhAwAA5QEAEOIDAAC3BgAw4wMCAPcFACGLBAQA-wUAIccEAQD5BQAhzwRAAP4FACHRBAEA-QUAId0EBAD8BQAh3gQBAPkFACEB3QQAAN4GACADAAAA5QEAIAMAAOYBADAEAADiAQAgAwAAAOUBACADAADmAQAwBAAA4gEAIAMAAADlAQAgAwAA5gEAMAQAAOIBACAH4wMCAAAAAYsEBAAAAAHHBAEAAAABzwRAAAAAAdEEAQAAAAHdBAQAAAAB3gQBAAAAAQEIAADqAQAgB-MDAgAAAAGLBAQAAAABxwQBAAAAAc8EQAAAAAHRBAEAAAAB3QQEAAAAAd4EAQAAAAEBCAAA7AEAMAEIAADsAQAwB-MDAgDmBgAhiwQEAOQGACHHBAEA5QYAIc8EQADnBgAh0QQBAOUGACHdBAQA8QYAId4EAQDlBgAhAgAAAOIBACAIAADvAQAgB-MDAgDmBgAhiwQEAOQGACHHBAEA5QYAIc8EQADnBgAh0QQBAOUGACHdBAQA8QYAId4EAQDlBgAhAgAAAOUBACAIAADxAQAgAgAAAOUBACAIAADxAQAgAwAAAOIBACAPAADqAQAgEAAA7wEAIAEAAADiAQAgAQAAAOUBACAGFQAA2wgAIBYAANwIACAXAADfCAAgGAAA3ggAIBkAAN0IACDdBAAA3gYAIArgAwAAtgYAMOEDAAD4AQAQ4gMAALYGADDjAwIA2wUAIYsEBADcBQAhxwQBAN0FACHPBEAA3gUAIdEEAQDdBQAh3QQEAPAFACHeBAEA3QUAIQMAAADlAQAgAwAA9wEAMBQAAPgBACADAAAA5QEAIAMAAOYBADAEAADiAQAgC-ADAAC1BgAw4QMAAP4BABDiAwAAtQYAMIMEQAD-BQAhuQQEAPwFACG6BEAA_gUAIccEAQD5BQAh0QQBAPkFACHaBAEAAAAB2wQEAPwFACHcBEAA-gUAIQEAAAD7AQAgAQAAAPsBACAL4AMAALUGADDhAwAA_gEAEOIDAAC1BgAwgwRAAP4FACG5BAQA_AUAIboEQAD-BQAhxwQBAPkFACHRBAEA-QUAIdoEAQD5BQAh2wQEAPwFACHcBEAA-gUAIQO5BAAA3gYAINsEAADeBgAg3AQAAN4GACADAAAA_gEAIAMAAP8BADAEAAD7AQAgAwAAAP4BACADAAD_AQAwBAAA-wEAIAMAAAD-AQAgAwAA_wEAMAQAAPsBACAIgwRAAAAAAbkEBAAAAAG6BEAAAAABxwQBAAAAAdEEAQAAAAHaBAEAAAAB2wQEAAAAAdwEQAAAAAEBCAAAgwIAIAiDBEAAAAABuQQEAAAAAboEQAAAAAHHBAEAAAAB0QQBAAAAAdoEAQAAAAHbBAQAAAAB3ARAAAAAAQEIAACFAgAwAQgAAIUCADAIgwRAAOcGACG5BAQA8QYAIboEQADnBgAhxwQBAOUGACHRBAEA5QYAIdoEAQDlBgAh2wQEAPEGACHcBEAA6AYAIQIAAAD7AQAgCAAAiAIAIAiDBEAA5wYAIbkEBADxBgAhugRAAOcGACHHBAEA5QYAIdEEAQDlBgAh2gQBAOUGACHbBAQA8QYAIdwEQADoBgAhAgAAAP4BACAIAACKAgAgAgAAAP4BACAIAACKAgAgAwAAAPsBACAPAACDAgAgEAAAiAIAIAEAAAD7AQAgAQAAAP4BACAIFQAA1ggAIBYAANcIACAXAADaCAAgGAAA2QgAIBkAANgIACC5BAAA3gYAINsEAADeBgAg3AQAAN4GACAL4AMAALQGADDhAwAAkQIAEOIDAAC0BgAwgwRAAN4FACG5BAQA8AUAIboEQADeBQAhxwQBAN0FACHRBAEA3QUAIdoEAQDdBQAh2wQEAPAFACHcBEAA3wUAIQMAAAD-AQAgAwAAkAIAMBQAAJECACADAAAA_gEAIAMAAP8BADAEAAD7AQAgC-ADAACzBgAw4QMAAJcCABDiAwAAswYAMOMDAgAAAAHHBAEA-AUAIdEEAQD4BQAh1QRAAP4FACHWBAQA_AUAIdcEAQD5BQAh2AQEAPwFACHZBAEA-QUAIQEAAACUAgAgAQAAAJQCACAL4AMAALMGADDhAwAAlwIAEOIDAACzBgAw4wMCAPcFACHHBAEA-AUAIdEEAQD4BQAh1QRAAP4FACHWBAQA_AUAIdcEAQD5BQAh2AQEAPwFACHZBAEA-QUAIQTHBAAA3gYAINEEAADeBgAg1gQAAN4GACDYBAAA3gYAIAMAAACXAgAgAwAAmAIAMAQAAJQCACADAAAAlwIAIAMAAJgCADAEAACUAgAgAwAAAJcCACADAACYAgAwBAAAlAIAIAjjAwIAAAABxwQBAAAAAdEEAQAAAAHVBEAAAAAB1gQEAAAAAdcEAQAAAAHYBAQAAAAB2QQBAAAAAQEIAACcAgAgCOMDAgAAAAHHBAEAAAAB0QQBAAAAAdUEQAAAAAHWBAQAAAAB1wQBAAAAAdgEBAAAAAHZBAEAAAABAQgAAJ4CADABCAAAngIAMAjjAwIA5gYAIccEAQDpBgAh0QQBAOkGACHVBEAA5wYAIdYEBADxBgAh1wQBAOUGACHYBAQA8QYAIdkEAQDlBgAhAgAAAJQCACAIAAChAgAgCOMDAgDmBgAhxwQBAOkGACHRBAEA6QYAIdUEQADnBgAh1gQEAPEGACHXBAEA5QYAIdgEBADxBgAh2QQBAOUGACECAAAAlwIAIAgAAKMCACACAAAAlwIAIAgAAKMCACADAAAAlAIAIA8AAJwCACAQAAChAgAgAQAAAJQCACABAAAAlwIAIAkVAADRCAAgFgAA0ggAIBcAANUIACAYAADUCAAgGQAA0wgAIMcEAADeBgAg0QQAAN4GACDWBAAA3gYAINgEAADeBgAgC-ADAACyBgAw4QMAAKoCABDiAwAAsgYAMOMDAgDbBQAhxwQBAOAFACHRBAEA4AUAIdUEQADeBQAh1gQEAPAFACHXBAEA3QUAIdgEBADwBQAh2QQBAN0FACEDAAAAlwIAIAMAAKkCADAUAACqAgAgAwAAAJcCACADAACYAgAwBAAAlAIAIAvgAwAAsAYAMOEDAACwAgAQ4gMAALAGADDlAwQA-wUAIeYDAQD5BQAhsAQBAPkFACHHBAEA-QUAIdEEAQD5BQAh0gQEAPwFACHTBEAA_gUAIdQEAACxBgAgAQAAAK0CACABAAAArQIAIArgAwAAsAYAMOEDAACwAgAQ4gMAALAGADDlAwQA-wUAIeYDAQD5BQAhsAQBAPkFACHHBAEA-QUAIdEEAQD5BQAh0gQEAPwFACHTBEAA_gUAIQHSBAAA3gYAIAMAAACwAgAgAwAAsQIAMAQAAK0CACADAAAAsAIAIAMAALECADAEAACtAgAgAwAAALACACADAACxAgAwBAAArQIAIAflAwQAAAAB5gMBAAAAAbAEAQAAAAHHBAEAAAAB0QQBAAAAAdIEBAAAAAHTBEAAAAABAQgAALUCACAH5QMEAAAAAeYDAQAAAAGwBAEAAAABxwQBAAAAAdEEAQAAAAHSBAQAAAAB0wRAAAAAAQEIAAC3AgAwAQgAALcCADAH5QMEAOQGACHmAwEA5QYAIbAEAQDlBgAhxwQBAOUGACHRBAEA5QYAIdIEBADxBgAh0wRAAOcGACECAAAArQIAIAgAALoCACAH5QMEAOQGACHmAwEA5QYAIbAEAQDlBgAhxwQBAOUGACHRBAEA5QYAIdIEBADxBgAh0wRAAOcGACECAAAAsAIAIAgAALwCACACAAAAsAIAIAgAALwCACADAAAArQIAIA8AALUCACAQAAC6AgAgAQAAAK0CACABAAAAsAIAIAYVAADMCAAgFgAAzQgAIBcAANAIACAYAADPCAAgGQAAzggAINIEAADeBgAgCuADAACvBgAw4QMAAMMCABDiAwAArwYAMOUDBADcBQAh5gMBAN0FACGwBAEA3QUAIccEAQDdBQAh0QQBAN0FACHSBAQA8AUAIdMEQADeBQAhAwAAALACACADAADCAgAwFAAAwwIAIAMAAACwAgAgAwAAsQIAMAQAAK0CACAH4AMAAK0GADDhAwAAyQIAEOIDAACtBgAwiwQEAPsFACHOBAEA-QUAIc8EQAD-BQAh0AQAAK4GACABAAAAxgIAIAEAAADGAgAgBuADAACtBgAw4QMAAMkCABDiAwAArQYAMIsEBAD7BQAhzgQBAPkFACHPBEAA_gUAIQADAAAAyQIAIAMAAMoCADAEAADGAgAgAwAAAMkCACADAADKAgAwBAAAxgIAIAMAAADJAgAgAwAAygIAMAQAAMYCACADiwQEAAAAAc4EAQAAAAHPBEAAAAABAQgAAM4CACADiwQEAAAAAc4EAQAAAAHPBEAAAAABAQgAANACADABCAAA0AIAMAOLBAQA5AYAIc4EAQDlBgAhzwRAAOcGACECAAAAxgIAIAgAANMCACADiwQEAOQGACHOBAEA5QYAIc8EQADnBgAhAgAAAMkCACAIAADVAgAgAgAAAMkCACAIAADVAgAgAwAAAMYCACAPAADOAgAgEAAA0wIAIAEAAADGAgAgAQAAAMkCACAFFQAAxwgAIBYAAMgIACAXAADLCAAgGAAAyggAIBkAAMkIACAG4AMAAKwGADDhAwAA3AIAEOIDAACsBgAwiwQEANwFACHOBAEA3QUAIc8EQADeBQAhAwAAAMkCACADAADbAgAwFAAA3AIAIAMAAADJAgAgAwAAygIAMAQAAMYCACAH4AMAAKoGADDhAwAA4gIAEOIDAACqBgAwygQBAPkFACHLBAEA-QUAIcwEAgD3BQAhzQQAAKsGACABAAAA3wIAIAEAAADfAgAgBuADAACqBgAw4QMAAOICABDiAwAAqgYAMMoEAQD5BQAhywQBAPkFACHMBAIA9wUAIQADAAAA4gIAIAMAAOMCADAEAADfAgAgAwAAAOICACADAADjAgAwBAAA3wIAIAMAAADiAgAgAwAA4wIAMAQAAN8CACADygQBAAAAAcsEAQAAAAHMBAIAAAABAQgAAOcCACADygQBAAAAAcsEAQAAAAHMBAIAAAABAQgAAOkCADABCAAA6QIAMAPKBAEA5QYAIcsEAQDlBgAhzAQCAOYGACECAAAA3wIAIAgAAOwCACADygQBAOUGACHLBAEA5QYAIcwEAgDmBgAhAgAAAOICACAIAADuAgAgAgAAAOICACAIAADuAgAgAwAAAN8CACAPAADnAgAgEAAA7AIAIAEAAADfAgAgAQAAAOICACAFFQAAwggAIBYAAMMIACAXAADGCAAgGAAAxQgAIBkAAMQIACAG4AMAAKkGADDhAwAA9QIAEOIDAACpBgAwygQBAN0FACHLBAEA3QUAIcwEAgDbBQAhAwAAAOICACADAAD0AgAwFAAA9QIAIAMAAADiAgAgAwAA4wIAMAQAAN8CACAI4AMAAKcGADDhAwAA-wIAEOIDAACnBgAwhARAAP4FACGRBAEA-QUAIccEAQD5BQAhyAQBAPkFACHJBAAAqAYAIAEAAAD4AgAgAQAAAPgCACAH4AMAAKcGADDhAwAA-wIAEOIDAACnBgAwhARAAP4FACGRBAEA-QUAIccEAQD5BQAhyAQBAPkFACEAAwAAAPsCACADAAD8AgAwBAAA-AIAIAMAAAD7AgAgAwAA_AIAMAQAAPgCACADAAAA-wIAIAMAAPwCADAEAAD4AgAgBIQEQAAAAAGRBAEAAAABxwQBAAAAAcgEAQAAAAEBCAAAgAMAIASEBEAAAAABkQQBAAAAAccEAQAAAAHIBAEAAAABAQgAAIIDADABCAAAggMAMASEBEAA5wYAIZEEAQDlBgAhxwQBAOUGACHIBAEA5QYAIQIAAAD4AgAgCAAAhQMAIASEBEAA5wYAIZEEAQDlBgAhxwQBAOUGACHIBAEA5QYAIQIAAAD7AgAgCAAAhwMAIAIAAAD7AgAgCAAAhwMAIAMAAAD4AgAgDwAAgAMAIBAAAIUDACABAAAA-AIAIAEAAAD7AgAgAxUAAL8IACAYAADBCAAgGQAAwAgAIAfgAwAApgYAMOEDAACOAwAQ4gMAAKYGADCEBEAA3gUAIZEEAQDdBQAhxwQBAN0FACHIBAEA3QUAIQMAAAD7AgAgAwAAjQMAMBQAAI4DACADAAAA-wIAIAMAAPwCADAEAAD4AgAgGYMBAAClBgAghAEAAKAGACDgAwAApAYAMOEDAACUAwAQ4gMAAKQGADCDBEAA_gUAIYQEQAD-BQAhiwQEAAAAAasEAQD5BQAhrQQgAJkGACGxBAEA-QUAIbUEAgD3BQAhtgQBAPkFACG7BAEA-QUAIbwEAQD5BQAhvQQBAPkFACG-BAEA-QUAIb8EAQD5BQAhwAQBAPkFACHBBAEA-QUAIcIEAgD9BQAhwwQgAJkGACHEBCAAmQYAIcUEIACZBgAhxgRAAPoFACEBAAAAkQMAIAEAAACRAwAgGYMBAAClBgAghAEAAKAGACDgAwAApAYAMOEDAACUAwAQ4gMAAKQGADCDBEAA_gUAIYQEQAD-BQAhiwQEAPsFACGrBAEA-QUAIa0EIACZBgAhsQQBAPkFACG1BAIA9wUAIbYEAQD5BQAhuwQBAPkFACG8BAEA-QUAIb0EAQD5BQAhvgQBAPkFACG_BAEA-QUAIcAEAQD5BQAhwQQBAPkFACHCBAIA_QUAIcMEIACZBgAhxAQgAJkGACHFBCAAmQYAIcYEQAD6BQAhBIMBAAC-CAAghAEAAIQIACDCBAAA3gYAIMYEAADeBgAgAwAAAJQDACADAACVAwAwBAAAkQMAIAMAAACUAwAgAwAAlQMAMAQAAJEDACADAAAAlAMAIAMAAJUDADAEAACRAwAgFoMBAAC8CAAghAEAAL0IACCDBEAAAAABhARAAAAAAYsEBAAAAAGrBAEAAAABrQQgAAAAAbEEAQAAAAG1BAIAAAABtgQBAAAAAbsEAQAAAAG8BAEAAAABvQQBAAAAAb4EAQAAAAG_BAEAAAABwAQBAAAAAcEEAQAAAAHCBAIAAAABwwQgAAAAAcQEIAAAAAHFBCAAAAABxgRAAAAAAQEIAACZAwAgFIMEQAAAAAGEBEAAAAABiwQEAAAAAasEAQAAAAGtBCAAAAABsQQBAAAAAbUEAgAAAAG2BAEAAAABuwQBAAAAAbwEAQAAAAG9BAEAAAABvgQBAAAAAb8EAQAAAAHABAEAAAABwQQBAAAAAcIEAgAAAAHDBCAAAAABxAQgAAAAAcUEIAAAAAHGBEAAAAABAQgAAJsDADABCAAAmwMAMBaDAQAAqAgAIIQBAACpCAAggwRAAOcGACGEBEAA5wYAIYsEBADkBgAhqwQBAOUGACGtBCAAmwcAIbEEAQDlBgAhtQQCAOYGACG2BAEA5QYAIbsEAQDlBgAhvAQBAOUGACG9BAEA5QYAIb4EAQDlBgAhvwQBAOUGACHABAEA5QYAIcEEAQDlBgAhwgQCAPIGACHDBCAAmwcAIcQEIACbBwAhxQQgAJsHACHGBEAA6AYAIQIAAACRAwAgCAAAngMAIBSDBEAA5wYAIYQEQADnBgAhiwQEAOQGACGrBAEA5QYAIa0EIACbBwAhsQQBAOUGACG1BAIA5gYAIbYEAQDlBgAhuwQBAOUGACG8BAEA5QYAIb0EAQDlBgAhvgQBAOUGACG_BAEA5QYAIcAEAQDlBgAhwQQBAOUGACHCBAIA8gYAIcMEIACbBwAhxAQgAJsHACHFBCAAmwcAIcYEQADoBgAhAgAAAJQDACAIAACgAwAgAgAAAJQDACAIAACgAwAgAwAAAJEDACAPAACZAwAgEAAAngMAIAEAAACRAwAgAQAAAJQDACAHFQAAowgAIBYAAKQIACAXAACnCAAgGAAApggAIBkAAKUIACDCBAAA3gYAIMYEAADeBgAgF-ADAACjBgAw4QMAAKcDABDiAwAAowYAMIMEQADeBQAhhARAAN4FACGLBAQA3AUAIasEAQDdBQAhrQQgAIkGACGxBAEA3QUAIbUEAgDbBQAhtgQBAN0FACG7BAEA3QUAIbwEAQDdBQAhvQQBAN0FACG-BAEA3QUAIb8EAQDdBQAhwAQBAN0FACHBBAEA3QUAIcIEAgDxBQAhwwQgAIkGACHEBCAAiQYAIcUEIACJBgAhxgRAAN8FACEDAAAAlAMAIAMAAKYDADAUAACnAwAgAwAAAJQDACADAACVAwAwBAAAkQMAIAEAAAC6AQAgAQAAALoBACADAAAAuAEAIAMAALkBADAEAAC6AQAgAwAAALgBACADAAC5AQAwBAAAugEAIAMAAAC4AQAgAwAAuQEAMAQAALoBACAUgQEAAKEIACCDAQAAoggAIOMDAgAAAAHnAwEAAAAB_QMEAAAAAYMEQAAAAAGpBAEAAAABqwQBAAAAAa8EAgAAAAGwBAEAAAABsQQBAAAAAbIEAgAAAAGzBAIAAAABtAQBAAAAAbUEAgAAAAG2BAEAAAABtwQBAAAAAbgEAQAAAAG5BAQAAAABugRAAAAAAQEIAACvAwAgEuMDAgAAAAHnAwEAAAAB_QMEAAAAAYMEQAAAAAGpBAEAAAABqwQBAAAAAa8EAgAAAAGwBAEAAAABsQQBAAAAAbIEAgAAAAGzBAIAAAABtAQBAAAAAbUEAgAAAAG2BAEAAAABtwQBAAAAAbgEAQAAAAG5BAQAAAABugRAAAAAAQEIAACxAwAwAQgAALEDADAUgQEAAJMIACCDAQAAlAgAIOMDAgDmBgAh5wMBAOUGACH9AwQA8QYAIYMEQADnBgAhqQQBAOUGACGrBAEA5QYAIa8EAgDmBgAhsAQBAOUGACGxBAEA6QYAIbIEAgDyBgAhswQCAPIGACG0BAEA5QYAIbUEAgDmBgAhtgQBAOUGACG3BAEA5QYAIbgEAQDlBgAhuQQEAPEGACG6BEAA5wYAIQIAAAC6AQAgCAAAtAMAIBLjAwIA5gYAIecDAQDlBgAh_QMEAPEGACGDBEAA5wYAIakEAQDlBgAhqwQBAOUGACGvBAIA5gYAIbAEAQDlBgAhsQQBAOkGACGyBAIA8gYAIbMEAgDyBgAhtAQBAOUGACG1BAIA5gYAIbYEAQDlBgAhtwQBAOUGACG4BAEA5QYAIbkEBADxBgAhugRAAOcGACECAAAAuAEAIAgAALYDACACAAAAuAEAIAgAALYDACADAAAAugEAIA8AAK8DACAQAAC0AwAgAQAAALoBACABAAAAuAEAIAoVAACOCAAgFgAAjwgAIBcAAJIIACAYAACRCAAgGQAAkAgAIP0DAADeBgAgsQQAAN4GACCyBAAA3gYAILMEAADeBgAguQQAAN4GACAV4AMAAKIGADDhAwAAvQMAEOIDAACiBgAw4wMCANsFACHnAwEA3QUAIf0DBADwBQAhgwRAAN4FACGpBAEA3QUAIasEAQDdBQAhrwQCANsFACGwBAEA3QUAIbEEAQDgBQAhsgQCAPEFACGzBAIA8QUAIbQEAQDdBQAhtQQCANsFACG2BAEA3QUAIbcEAQDdBQAhuAQBAN0FACG5BAQA8AUAIboEQADeBQAhAwAAALgBACADAAC8AwAwFAAAvQMAIAMAAAC4AQAgAwAAuQEAMAQAALoBACABAAAAvgEAIAEAAAC-AQAgAwAAALwBACADAAC9AQAwBAAAvgEAIAMAAAC8AQAgAwAAvQEAMAQAAL4BACADAAAAvAEAIAMAAL0BADAEAAC-AQAgCYIBAACMCAAghgEAAI0IACDjAwIAAAAB5wMBAAAAAYMEQAAAAAGLBAQAAAABlARAAAAAAZUEBAAAAAGuBAIAAAABAQgAAMUDACAH4wMCAAAAAecDAQAAAAGDBEAAAAABiwQEAAAAAZQEQAAAAAGVBAQAAAABrgQCAAAAAQEIAADHAwAwAQgAAMcDADAJggEAAIoIACCGAQAAiwgAIOMDAgDmBgAh5wMBAOUGACGDBEAA5wYAIYsEBADkBgAhlARAAOgGACGVBAQA8QYAIa4EAgDmBgAhAgAAAL4BACAIAADKAwAgB-MDAgDmBgAh5wMBAOUGACGDBEAA5wYAIYsEBADkBgAhlARAAOgGACGVBAQA8QYAIa4EAgDmBgAhAgAAALwBACAIAADMAwAgAgAAALwBACAIAADMAwAgAwAAAL4BACAPAADFAwAgEAAAygMAIAEAAAC-AQAgAQAAALwBACAHFQAAhQgAIBYAAIYIACAXAACJCAAgGAAAiAgAIBkAAIcIACCUBAAA3gYAIJUEAADeBgAgCuADAAChBgAw4QMAANMDABDiAwAAoQYAMOMDAgDbBQAh5wMBAN0FACGDBEAA3gUAIYsEBADcBQAhlARAAN8FACGVBAQA8AUAIa4EAgDbBQAhAwAAALwBACADAADSAwAwFAAA0wMAIAMAAAC8AQAgAwAAvQEAMAQAAL4BACANhAEAAKAGACDgAwAAnwYAMOEDAADZAwAQ4gMAAJ8GADDjAwIAAAABkQQBAAAAAacEAQD5BQAhqAQBAPkFACGpBAEA-QUAIaoEAQD5BQAhqwQBAPgFACGsBAIA9wUAIa0EIACZBgAhAQAAANYDACABAAAA1gMAIA2EAQAAoAYAIOADAACfBgAw4QMAANkDABDiAwAAnwYAMOMDAgD3BQAhkQQBAPkFACGnBAEA-QUAIagEAQD5BQAhqQQBAPkFACGqBAEA-QUAIasEAQD4BQAhrAQCAPcFACGtBCAAmQYAIQKEAQAAhAgAIKsEAADeBgAgAwAAANkDACADAADaAwAwBAAA1gMAIAMAAADZAwAgAwAA2gMAMAQAANYDACADAAAA2QMAIAMAANoDADAEAADWAwAgCoQBAACDCAAg4wMCAAAAAZEEAQAAAAGnBAEAAAABqAQBAAAAAakEAQAAAAGqBAEAAAABqwQBAAAAAawEAgAAAAGtBCAAAAABAQgAAN4DACAJ4wMCAAAAAZEEAQAAAAGnBAEAAAABqAQBAAAAAakEAQAAAAGqBAEAAAABqwQBAAAAAawEAgAAAAGtBCAAAAABAQgAAOADADABCAAA4AMAMAqEAQAA9gcAIOMDAgDmBgAhkQQBAOUGACGnBAEA5QYAIagEAQDlBgAhqQQBAOUGACGqBAEA5QYAIasEAQDpBgAhrAQCAOYGACGtBCAAmwcAIQIAAADWAwAgCAAA4wMAIAnjAwIA5gYAIZEEAQDlBgAhpwQBAOUGACGoBAEA5QYAIakEAQDlBgAhqgQBAOUGACGrBAEA6QYAIawEAgDmBgAhrQQgAJsHACECAAAA2QMAIAgAAOUDACACAAAA2QMAIAgAAOUDACADAAAA1gMAIA8AAN4DACAQAADjAwAgAQAAANYDACABAAAA2QMAIAYVAADxBwAgFgAA8gcAIBcAAPUHACAYAAD0BwAgGQAA8wcAIKsEAADeBgAgDOADAACeBgAw4QMAAOwDABDiAwAAngYAMOMDAgDbBQAhkQQBAN0FACGnBAEA3QUAIagEAQDdBQAhqQQBAN0FACGqBAEA3QUAIasEAQDgBQAhrAQCANsFACGtBCAAiQYAIQMAAADZAwAgAwAA6wMAMBQAAOwDACADAAAA2QMAIAMAANoDADAEAADWAwAgAQAAAMMBACABAAAAwwEAIAMAAADBAQAgAwAAwgEAMAQAAMMBACADAAAAwQEAIAMAAMIBADAEAADDAQAgAwAAAMEBACADAADCAQAwBAAAwwEAIAiFAQAA7wcAIIYBAADwBwAg4wMCAAAAAecDAQAAAAGLBAQAAAABpAQCAAAAAaUEQAAAAAGmBEAAAAABAQgAAPQDACAG4wMCAAAAAecDAQAAAAGLBAQAAAABpAQCAAAAAaUEQAAAAAGmBEAAAAABAQgAAPYDADABCAAA9gMAMAiFAQAA7QcAIIYBAADuBwAg4wMCAOYGACHnAwEA5QYAIYsEBADkBgAhpAQCAOYGACGlBEAA5wYAIaYEQADoBgAhAgAAAMMBACAIAAD5AwAgBuMDAgDmBgAh5wMBAOUGACGLBAQA5AYAIaQEAgDmBgAhpQRAAOcGACGmBEAA6AYAIQIAAADBAQAgCAAA-wMAIAIAAADBAQAgCAAA-wMAIAMAAADDAQAgDwAA9AMAIBAAAPkDACABAAAAwwEAIAEAAADBAQAgBhUAAOgHACAWAADpBwAgFwAA7AcAIBgAAOsHACAZAADqBwAgpgQAAN4GACAJ4AMAAJ0GADDhAwAAggQAEOIDAACdBgAw4wMCANsFACHnAwEA3QUAIYsEBADcBQAhpAQCANsFACGlBEAA3gUAIaYEQADfBQAhAwAAAMEBACADAACBBAAwFAAAggQAIAMAAADBAQAgAwAAwgEAMAQAAMMBACAT3AIAAJYGACDdAgAAlwYAIOADAACVBgAw4QMAAIsEABDiAwAAlQYAMOMDAQAAAAGDBEAA_gUAIYQEQAD-BQAhlwQBAPkFACGYBAEA-QUAIZkEAQD5BQAhmgQBAPkFACGbBAEA-QUAIZwEAQD5BQAhnQQBAPkFACGeBEAA_gUAIZ8EQAD-BQAhoAQBAPkFACGhBAQA_AUAIQEAAACFBAAgD9gCAACaBgAg2gIAAJsGACDbAgAAnAYAIOADAACYBgAw4QMAAIcEABDiAwAAmAYAMOMDAgD3BQAh5wMBAPkFACGDBEAA_gUAIY8EAQD5BQAhkgQBAPgFACGTBEAA_gUAIZQEQAD6BQAhlQQEAPwFACGWBCAAmQYAIQbYAgAA5AcAINoCAADmBwAg2wIAAOcHACCSBAAA3gYAIJQEAADeBgAglQQAAN4GACAP2AIAAJoGACDaAgAAmwYAINsCAACcBgAg4AMAAJgGADDhAwAAhwQAEOIDAACYBgAw4wMCAAAAAecDAQD5BQAhgwRAAP4FACGPBAEA-QUAIZIEAQD4BQAhkwRAAP4FACGUBEAA-gUAIZUEBAD8BQAhlgQgAJkGACEDAAAAhwQAIAMAAIgEADAEAACJBAAgE9wCAACWBgAg3QIAAJcGACDgAwAAlQYAMOEDAACLBAAQ4gMAAJUGADDjAwEA-QUAIYMEQAD-BQAhhARAAP4FACGXBAEA-QUAIZgEAQD5BQAhmQQBAPkFACGaBAEA-QUAIZsEAQD5BQAhnAQBAPkFACGdBAEA-QUAIZ4EQAD-BQAhnwRAAP4FACGgBAEA-QUAIaEEBAD8BQAhAQAAAIsEACAJ2QIAAJIGACDgAwAAlAYAMOEDAACNBAAQ4gMAAJQGADCDBEAA_gUAIYsEBAD7BQAhjgQCAPcFACGPBAEA-QUAIZAEQAD6BQAhAtkCAADlBwAgkAQAAN4GACAK2QIAAJIGACDgAwAAlAYAMOEDAACNBAAQ4gMAAJQGADCDBEAA_gUAIYsEBAD7BQAhjgQCAPcFACGPBAEA-QUAIZAEQAD6BQAhowQAAJMGACADAAAAjQQAIAMAAI4EADAEAACPBAAgB9kCAACSBgAg4AMAAJEGADDhAwAAkQQAEOIDAACRBgAwiwQEAPsFACGOBAIA9wUAIZEEAQD5BQAhAdkCAADlBwAgCNkCAACSBgAg4AMAAJEGADDhAwAAkQQAEOIDAACRBgAwiwQEAPsFACGOBAIA9wUAIZEEAQD5BQAhogQAAJAGACADAAAAkQQAIAMAAJIEADAEAACTBAAgAQAAAI0EACABAAAAkQQAIAzYAgAAjwYAIOADAACOBgAw4QMAAJcEABDiAwAAjgYAMOMDAgD3BQAh5wMBAPkFACGDBEAA_gUAIYsEBAD7BQAhjwQBAPkFACGSBAEA-QUAIZQEQAD6BQAhlQQEAPwFACED2AIAAOQHACCUBAAA3gYAIJUEAADeBgAgDNgCAACPBgAg4AMAAI4GADDhAwAAlwQAEOIDAACOBgAw4wMCAAAAAecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIY8EAQD5BQAhkgQBAPkFACGUBEAA-gUAIZUEBAD8BQAhAwAAAJcEACADAACYBAAwBAAAmQQAIAEAAACHBAAgAQAAAJcEACABAAAAhQQAIAPcAgAA4gcAIN0CAADjBwAgoQQAAN4GACADAAAAiwQAIAMAAJ4EADAEAACFBAAgAwAAAIsEACADAACeBAAwBAAAhQQAIAMAAACLBAAgAwAAngQAMAQAAIUEACAQ3AIAAOAHACDdAgAA4QcAIOMDAQAAAAGDBEAAAAABhARAAAAAAZcEAQAAAAGYBAEAAAABmQQBAAAAAZoEAQAAAAGbBAEAAAABnAQBAAAAAZ0EAQAAAAGeBEAAAAABnwRAAAAAAaAEAQAAAAGhBAQAAAABAQgAAKIEACAO4wMBAAAAAYMEQAAAAAGEBEAAAAABlwQBAAAAAZgEAQAAAAGZBAEAAAABmgQBAAAAAZsEAQAAAAGcBAEAAAABnQQBAAAAAZ4EQAAAAAGfBEAAAAABoAQBAAAAAaEEBAAAAAEBCAAApAQAMAEIAACkBAAwENwCAADGBwAg3QIAAMcHACDjAwEA5QYAIYMEQADnBgAhhARAAOcGACGXBAEA5QYAIZgEAQDlBgAhmQQBAOUGACGaBAEA5QYAIZsEAQDlBgAhnAQBAOUGACGdBAEA5QYAIZ4EQADnBgAhnwRAAOcGACGgBAEA5QYAIaEEBADxBgAhAgAAAIUEACAIAACnBAAgDuMDAQDlBgAhgwRAAOcGACGEBEAA5wYAIZcEAQDlBgAhmAQBAOUGACGZBAEA5QYAIZoEAQDlBgAhmwQBAOUGACGcBAEA5QYAIZ0EAQDlBgAhngRAAOcGACGfBEAA5wYAIaAEAQDlBgAhoQQEAPEGACECAAAAiwQAIAgAAKkEACACAAAAiwQAIAgAAKkEACADAAAAhQQAIA8AAKIEACAQAACnBAAgAQAAAIUEACABAAAAiwQAIAYVAADBBwAgFgAAwgcAIBcAAMUHACAYAADEBwAgGQAAwwcAIKEEAADeBgAgEeADAACNBgAw4QMAALAEABDiAwAAjQYAMOMDAQDdBQAhgwRAAN4FACGEBEAA3gUAIZcEAQDdBQAhmAQBAN0FACGZBAEA3QUAIZoEAQDdBQAhmwQBAN0FACGcBAEA3QUAIZ0EAQDdBQAhngRAAN4FACGfBEAA3gUAIaAEAQDdBQAhoQQEAPAFACEDAAAAiwQAIAMAAK8EADAUAACwBAAgAwAAAIsEACADAACeBAAwBAAAhQQAIAEAAACZBAAgAQAAAJkEACADAAAAlwQAIAMAAJgEADAEAACZBAAgAwAAAJcEACADAACYBAAwBAAAmQQAIAMAAACXBAAgAwAAmAQAMAQAAJkEACAJ2AIAAMAHACDjAwIAAAAB5wMBAAAAAYMEQAAAAAGLBAQAAAABjwQBAAAAAZIEAQAAAAGUBEAAAAABlQQEAAAAAQEIAAC4BAAgCOMDAgAAAAHnAwEAAAABgwRAAAAAAYsEBAAAAAGPBAEAAAABkgQBAAAAAZQEQAAAAAGVBAQAAAABAQgAALoEADABCAAAugQAMAnYAgAAvwcAIOMDAgDmBgAh5wMBAOUGACGDBEAA5wYAIYsEBADkBgAhjwQBAOUGACGSBAEA5QYAIZQEQADoBgAhlQQEAPEGACECAAAAmQQAIAgAAL0EACAI4wMCAOYGACHnAwEA5QYAIYMEQADnBgAhiwQEAOQGACGPBAEA5QYAIZIEAQDlBgAhlARAAOgGACGVBAQA8QYAIQIAAACXBAAgCAAAvwQAIAIAAACXBAAgCAAAvwQAIAMAAACZBAAgDwAAuAQAIBAAAL0EACABAAAAmQQAIAEAAACXBAAgBxUAALoHACAWAAC7BwAgFwAAvgcAIBgAAL0HACAZAAC8BwAglAQAAN4GACCVBAAA3gYAIAvgAwAAjAYAMOEDAADGBAAQ4gMAAIwGADDjAwIA2wUAIecDAQDdBQAhgwRAAN4FACGLBAQA3AUAIY8EAQDdBQAhkgQBAN0FACGUBEAA3wUAIZUEBADwBQAhAwAAAJcEACADAADFBAAwFAAAxgQAIAMAAACXBAAgAwAAmAQAMAQAAJkEACABAAAAiQQAIAEAAACJBAAgAwAAAIcEACADAACIBAAwBAAAiQQAIAMAAACHBAAgAwAAiAQAMAQAAIkEACADAAAAhwQAIAMAAIgEADAEAACJBAAgDNgCAAC3BwAg2gIAALgHACDbAgAAuQcAIOMDAgAAAAHnAwEAAAABgwRAAAAAAY8EAQAAAAGSBAEAAAABkwRAAAAAAZQEQAAAAAGVBAQAAAABlgQgAAAAAQEIAADOBAAgCeMDAgAAAAHnAwEAAAABgwRAAAAAAY8EAQAAAAGSBAEAAAABkwRAAAAAAZQEQAAAAAGVBAQAAAABlgQgAAAAAQEIAADQBAAwAQgAANAEADABAAAAiwQAIAzYAgAAnAcAINoCAACdBwAg2wIAAJ4HACDjAwIA5gYAIecDAQDlBgAhgwRAAOcGACGPBAEA5QYAIZIEAQDpBgAhkwRAAOcGACGUBEAA6AYAIZUEBADxBgAhlgQgAJsHACECAAAAiQQAIAgAANQEACAJ4wMCAOYGACHnAwEA5QYAIYMEQADnBgAhjwQBAOUGACGSBAEA6QYAIZMEQADnBgAhlARAAOgGACGVBAQA8QYAIZYEIACbBwAhAgAAAIcEACAIAADWBAAgAgAAAIcEACAIAADWBAAgAQAAAIsEACADAAAAiQQAIA8AAM4EACAQAADUBAAgAQAAAIkEACABAAAAhwQAIAgVAACWBwAgFgAAlwcAIBcAAJoHACAYAACZBwAgGQAAmAcAIJIEAADeBgAglAQAAN4GACCVBAAA3gYAIAzgAwAAiAYAMOEDAADeBAAQ4gMAAIgGADDjAwIA2wUAIecDAQDdBQAhgwRAAN4FACGPBAEA3QUAIZIEAQDgBQAhkwRAAN4FACGUBEAA3wUAIZUEBADwBQAhlgQgAIkGACEDAAAAhwQAIAMAAN0EADAUAADeBAAgAwAAAIcEACADAACIBAAwBAAAiQQAIAEAAACTBAAgAQAAAJMEACADAAAAkQQAIAMAAJIEADAEAACTBAAgAwAAAJEEACADAACSBAAwBAAAkwQAIAMAAACRBAAgAwAAkgQAMAQAAJMEACAE2QIAAJUHACCLBAQAAAABjgQCAAAAAZEEAQAAAAEBCAAA5gQAIAOLBAQAAAABjgQCAAAAAZEEAQAAAAEBCAAA6AQAMAEIAADoBAAwBNkCAACUBwAgiwQEAOQGACGOBAIA5gYAIZEEAQDlBgAhAgAAAJMEACAIAADrBAAgA4sEBADkBgAhjgQCAOYGACGRBAEA5QYAIQIAAACRBAAgCAAA7QQAIAIAAACRBAAgCAAA7QQAIAMAAACTBAAgDwAA5gQAIBAAAOsEACABAAAAkwQAIAEAAACRBAAgBRUAAI8HACAWAACQBwAgFwAAkwcAIBgAAJIHACAZAACRBwAgBuADAACHBgAw4QMAAPQEABDiAwAAhwYAMIsEBADcBQAhjgQCANsFACGRBAEA3QUAIQMAAACRBAAgAwAA8wQAMBQAAPQEACADAAAAkQQAIAMAAJIEADAEAACTBAAgAQAAAI8EACABAAAAjwQAIAMAAACNBAAgAwAAjgQAMAQAAI8EACADAAAAjQQAIAMAAI4EADAEAACPBAAgAwAAAI0EACADAACOBAAwBAAAjwQAIAbZAgAAjgcAIIMEQAAAAAGLBAQAAAABjgQCAAAAAY8EAQAAAAGQBEAAAAABAQgAAPwEACAFgwRAAAAAAYsEBAAAAAGOBAIAAAABjwQBAAAAAZAEQAAAAAEBCAAA_gQAMAEIAAD-BAAwBtkCAACNBwAggwRAAOcGACGLBAQA5AYAIY4EAgDmBgAhjwQBAOUGACGQBEAA6AYAIQIAAACPBAAgCAAAgQUAIAWDBEAA5wYAIYsEBADkBgAhjgQCAOYGACGPBAEA5QYAIZAEQADoBgAhAgAAAI0EACAIAACDBQAgAgAAAI0EACAIAACDBQAgAwAAAI8EACAPAAD8BAAgEAAAgQUAIAEAAACPBAAgAQAAAI0EACAGFQAAiAcAIBYAAIkHACAXAACMBwAgGAAAiwcAIBkAAIoHACCQBAAA3gYAIAjgAwAAhgYAMOEDAACKBQAQ4gMAAIYGADCDBEAA3gUAIYsEBADcBQAhjgQCANsFACGPBAEA3QUAIZAEQADfBQAhAwAAAI0EACADAACJBQAwFAAAigUAIAMAAACNBAAgAwAAjgQAMAQAAI8EACAH4AMAAIQGADDhAwAAkAUAEOIDAACEBgAwgwRAAP4FACGLBAQA-wUAIYwEAQD5BQAhjQQAAIUGACABAAAAjQUAIAEAAACNBQAgBuADAACEBgAw4QMAAJAFABDiAwAAhAYAMIMEQAD-BQAhiwQEAPsFACGMBAEA-QUAIQADAAAAkAUAIAMAAJEFADAEAACNBQAgAwAAAJAFACADAACRBQAwBAAAjQUAIAMAAACQBQAgAwAAkQUAMAQAAI0FACADgwRAAAAAAYsEBAAAAAGMBAEAAAABAQgAAJUFACADgwRAAAAAAYsEBAAAAAGMBAEAAAABAQgAAJcFADABCAAAlwUAMAODBEAA5wYAIYsEBADkBgAhjAQBAOUGACECAAAAjQUAIAgAAJoFACADgwRAAOcGACGLBAQA5AYAIYwEAQDlBgAhAgAAAJAFACAIAACcBQAgAgAAAJAFACAIAACcBQAgAwAAAI0FACAPAACVBQAgEAAAmgUAIAEAAACNBQAgAQAAAJAFACAFFQAAgwcAIBYAAIQHACAXAACHBwAgGAAAhgcAIBkAAIUHACAG4AMAAIMGADDhAwAAowUAEOIDAACDBgAwgwRAAN4FACGLBAQA3AUAIYwEAQDdBQAhAwAAAJAFACADAACiBQAwFAAAowUAIAMAAACQBQAgAwAAkQUAMAQAAI0FACAWvwMAAP8FACDgAwAA9gUAMOEDAACuBQAQ4gMAAPYFADDjAwIAAAAB5wMBAPkFACH3AwEA-AUAIfgDAQD5BQAh-QMBAPgFACH6AwEA-QUAIfsDQAD6BQAh_AMEAPsFACH9AwQA_AUAIf4DQAD6BQAh_wMEAPwFACGABAEA-AUAIYEEBAD8BQAhggQCAP0FACGDBEAA_gUAIYQEQAD-BQAhhQRAAPoFACGGBEAA-gUAIQEAAACmBQAgDb4DAACCBgAg4AMAAIEGADDhAwAAqAUAEOIDAACBBgAw4wMCAPcFACHkAwIA9wUAIeUDBAD7BQAh5gMBAPkFACHnAwEA-QUAIegDAgD3BQAh6QNAAP4FACHqA0AA-gUAIesDAQD4BQAhA74DAACCBwAg6gMAAN4GACDrAwAA3gYAIA6-AwAAggYAIOADAACBBgAw4QMAAKgFABDiAwAAgQYAMOMDAgAAAAHkAwIA9wUAIeUDBAD7BQAh5gMBAPkFACHnAwEA-QUAIegDAgD3BQAh6QNAAP4FACHqA0AA-gUAIesDAQD4BQAhigQAAIAGACADAAAAqAUAIAMAAKkFADAEAACqBQAgAQAAAKgFACABAAAApgUAIBa_AwAA_wUAIOADAAD2BQAw4QMAAK4FABDiAwAA9gUAMOMDAgD3BQAh5wMBAPkFACH3AwEA-AUAIfgDAQD5BQAh-QMBAPgFACH6AwEA-QUAIfsDQAD6BQAh_AMEAPsFACH9AwQA_AUAIf4DQAD6BQAh_wMEAPwFACGABAEA-AUAIYEEBAD8BQAhggQCAP0FACGDBEAA_gUAIYQEQAD-BQAhhQRAAPoFACGGBEAA-gUAIQy_AwAAgQcAIPcDAADeBgAg-QMAAN4GACD7AwAA3gYAIP0DAADeBgAg_gMAAN4GACD_AwAA3gYAIIAEAADeBgAggQQAAN4GACCCBAAA3gYAIIUEAADeBgAghgQAAN4GACADAAAArgUAIAMAAK8FADAEAACmBQAgAwAAAK4FACADAACvBQAwBAAApgUAIAMAAACuBQAgAwAArwUAMAQAAKYFACATvwMAAIAHACDjAwIAAAAB5wMBAAAAAfcDAQAAAAH4AwEAAAAB-QMBAAAAAfoDAQAAAAH7A0AAAAAB_AMEAAAAAf0DBAAAAAH-A0AAAAAB_wMEAAAAAYAEAQAAAAGBBAQAAAABggQCAAAAAYMEQAAAAAGEBEAAAAABhQRAAAAAAYYEQAAAAAEBCAAAswUAIBLjAwIAAAAB5wMBAAAAAfcDAQAAAAH4AwEAAAAB-QMBAAAAAfoDAQAAAAH7A0AAAAAB_AMEAAAAAf0DBAAAAAH-A0AAAAAB_wMEAAAAAYAEAQAAAAGBBAQAAAABggQCAAAAAYMEQAAAAAGEBEAAAAABhQRAAAAAAYYEQAAAAAEBCAAAtQUAMAEIAAC1BQAwE78DAADzBgAg4wMCAOYGACHnAwEA5QYAIfcDAQDpBgAh-AMBAOUGACH5AwEA6QYAIfoDAQDlBgAh-wNAAOgGACH8AwQA5AYAIf0DBADxBgAh_gNAAOgGACH_AwQA8QYAIYAEAQDpBgAhgQQEAPEGACGCBAIA8gYAIYMEQADnBgAhhARAAOcGACGFBEAA6AYAIYYEQADoBgAhAgAAAKYFACAIAAC4BQAgEuMDAgDmBgAh5wMBAOUGACH3AwEA6QYAIfgDAQDlBgAh-QMBAOkGACH6AwEA5QYAIfsDQADoBgAh_AMEAOQGACH9AwQA8QYAIf4DQADoBgAh_wMEAPEGACGABAEA6QYAIYEEBADxBgAhggQCAPIGACGDBEAA5wYAIYQEQADnBgAhhQRAAOgGACGGBEAA6AYAIQIAAACuBQAgCAAAugUAIAIAAACuBQAgCAAAugUAIAMAAACmBQAgDwAAswUAIBAAALgFACABAAAApgUAIAEAAACuBQAgEBUAAOwGACAWAADtBgAgFwAA8AYAIBgAAO8GACAZAADuBgAg9wMAAN4GACD5AwAA3gYAIPsDAADeBgAg_QMAAN4GACD-AwAA3gYAIP8DAADeBgAggAQAAN4GACCBBAAA3gYAIIIEAADeBgAghQQAAN4GACCGBAAA3gYAIBXgAwAA7wUAMOEDAADBBQAQ4gMAAO8FADDjAwIA2wUAIecDAQDdBQAh9wMBAOAFACH4AwEA3QUAIfkDAQDgBQAh-gMBAN0FACH7A0AA3wUAIfwDBADcBQAh_QMEAPAFACH-A0AA3wUAIf8DBADwBQAhgAQBAOAFACGBBAQA8AUAIYIEAgDxBQAhgwRAAN4FACGEBEAA3gUAIYUEQADfBQAhhgRAAN8FACEDAAAArgUAIAMAAMAFADAUAADBBQAgAwAAAK4FACADAACvBQAwBAAApgUAIAEAAACqBQAgAQAAAKoFACADAAAAqAUAIAMAAKkFADAEAACqBQAgAwAAAKgFACADAACpBQAwBAAAqgUAIAMAAACoBQAgAwAAqQUAMAQAAKoFACAKvgMAAOsGACDjAwIAAAAB5AMCAAAAAeUDBAAAAAHmAwEAAAAB5wMBAAAAAegDAgAAAAHpA0AAAAAB6gNAAAAAAesDAQAAAAEBCAAAyQUAIAnjAwIAAAAB5AMCAAAAAeUDBAAAAAHmAwEAAAAB5wMBAAAAAegDAgAAAAHpA0AAAAAB6gNAAAAAAesDAQAAAAEBCAAAywUAMAEIAADLBQAwCr4DAADqBgAg4wMCAOYGACHkAwIA5gYAIeUDBADkBgAh5gMBAOUGACHnAwEA5QYAIegDAgDmBgAh6QNAAOcGACHqA0AA6AYAIesDAQDpBgAhAgAAAKoFACAIAADOBQAgCeMDAgDmBgAh5AMCAOYGACHlAwQA5AYAIeYDAQDlBgAh5wMBAOUGACHoAwIA5gYAIekDQADnBgAh6gNAAOgGACHrAwEA6QYAIQIAAACoBQAgCAAA0AUAIAIAAACoBQAgCAAA0AUAIAMAAACqBQAgDwAAyQUAIBAAAM4FACABAAAAqgUAIAEAAACoBQAgBxUAAN8GACAWAADgBgAgFwAA4wYAIBgAAOIGACAZAADhBgAg6gMAAN4GACDrAwAA3gYAIAzgAwAA2gUAMOEDAADXBQAQ4gMAANoFADDjAwIA2wUAIeQDAgDbBQAh5QMEANwFACHmAwEA3QUAIecDAQDdBQAh6AMCANsFACHpA0AA3gUAIeoDQADfBQAh6wMBAOAFACEDAAAAqAUAIAMAANYFADAUAADXBQAgAwAAAKgFACADAACpBQAwBAAAqgUAIAzgAwAA2gUAMOEDAADXBQAQ4gMAANoFADDjAwIA2wUAIeQDAgDbBQAh5QMEANwFACHmAwEA3QUAIecDAQDdBQAh6AMCANsFACHpA0AA3gUAIeoDQADfBQAh6wMBAOAFACENFQAA5wUAIBYAAOwFACAXAADnBQAgGAAA5wUAIBkAAOcFACDsAwIAAAAB7QMCAAAABO4DAgAAAATvAwIAAAAB8AMCAAAAAfEDAgAAAAHyAwIAAAAB9gMCAO4FACENFQAA5wUAIBYAAOwFACAXAADtBQAgGAAA7QUAIBkAAO0FACDsAwQAAAAB7QMEAAAABO4DBAAAAATvAwQAAAAB8AMEAAAAAfEDBAAAAAHyAwQAAAAB9gMEAOsFACEOFQAA5wUAIBgAAOoFACAZAADqBQAg7AMBAAAAAe0DAQAAAATuAwEAAAAE7wMBAAAAAfADAQAAAAHxAwEAAAAB8gMBAAAAAfMDAQAAAAH0AwEAAAAB9QMBAAAAAfYDAQDpBQAhCxUAAOcFACAYAADoBQAgGQAA6AUAIOwDQAAAAAHtA0AAAAAE7gNAAAAABO8DQAAAAAHwA0AAAAAB8QNAAAAAAfIDQAAAAAH2A0AA5gUAIQsVAADiBQAgGAAA5QUAIBkAAOUFACDsA0AAAAAB7QNAAAAABe4DQAAAAAXvA0AAAAAB8ANAAAAAAfEDQAAAAAHyA0AAAAAB9gNAAOQFACEOFQAA4gUAIBgAAOMFACAZAADjBQAg7AMBAAAAAe0DAQAAAAXuAwEAAAAF7wMBAAAAAfADAQAAAAHxAwEAAAAB8gMBAAAAAfMDAQAAAAH0AwEAAAAB9QMBAAAAAfYDAQDhBQAhDhUAAOIFACAYAADjBQAgGQAA4wUAIOwDAQAAAAHtAwEAAAAF7gMBAAAABe8DAQAAAAHwAwEAAAAB8QMBAAAAAfIDAQAAAAHzAwEAAAAB9AMBAAAAAfUDAQAAAAH2AwEA4QUAIQjsAwIAAAAB7QMCAAAABe4DAgAAAAXvAwIAAAAB8AMCAAAAAfEDAgAAAAHyAwIAAAAB9gMCAOIFACEL7AMBAAAAAe0DAQAAAAXuAwEAAAAF7wMBAAAAAfADAQAAAAHxAwEAAAAB8gMBAAAAAfMDAQAAAAH0AwEAAAAB9QMBAAAAAfYDAQDjBQAhCxUAAOIFACAYAADlBQAgGQAA5QUAIOwDQAAAAAHtA0AAAAAF7gNAAAAABe8DQAAAAAHwA0AAAAAB8QNAAAAAAfIDQAAAAAH2A0AA5AUAIQjsA0AAAAAB7QNAAAAABe4DQAAAAAXvA0AAAAAB8ANAAAAAAfEDQAAAAAHyA0AAAAAB9gNAAOUFACELFQAA5wUAIBgAAOgFACAZAADoBQAg7ANAAAAAAe0DQAAAAATuA0AAAAAE7wNAAAAAAfADQAAAAAHxA0AAAAAB8gNAAAAAAfYDQADmBQAhCOwDAgAAAAHtAwIAAAAE7gMCAAAABO8DAgAAAAHwAwIAAAAB8QMCAAAAAfIDAgAAAAH2AwIA5wUAIQjsA0AAAAAB7QNAAAAABO4DQAAAAATvA0AAAAAB8ANAAAAAAfEDQAAAAAHyA0AAAAAB9gNAAOgFACEOFQAA5wUAIBgAAOoFACAZAADqBQAg7AMBAAAAAe0DAQAAAATuAwEAAAAE7wMBAAAAAfADAQAAAAHxAwEAAAAB8gMBAAAAAfMDAQAAAAH0AwEAAAAB9QMBAAAAAfYDAQDpBQAhC-wDAQAAAAHtAwEAAAAE7gMBAAAABO8DAQAAAAHwAwEAAAAB8QMBAAAAAfIDAQAAAAHzAwEAAAAB9AMBAAAAAfUDAQAAAAH2AwEA6gUAIQ0VAADnBQAgFgAA7AUAIBcAAO0FACAYAADtBQAgGQAA7QUAIOwDBAAAAAHtAwQAAAAE7gMEAAAABO8DBAAAAAHwAwQAAAAB8QMEAAAAAfIDBAAAAAH2AwQA6wUAIQjsAwgAAAAB7QMIAAAABO4DCAAAAATvAwgAAAAB8AMIAAAAAfEDCAAAAAHyAwgAAAAB9gMIAOwFACEI7AMEAAAAAe0DBAAAAATuAwQAAAAE7wMEAAAAAfADBAAAAAHxAwQAAAAB8gMEAAAAAfYDBADtBQAhDRUAAOcFACAWAADsBQAgFwAA5wUAIBgAAOcFACAZAADnBQAg7AMCAAAAAe0DAgAAAATuAwIAAAAE7wMCAAAAAfADAgAAAAHxAwIAAAAB8gMCAAAAAfYDAgDuBQAhFeADAADvBQAw4QMAAMEFABDiAwAA7wUAMOMDAgDbBQAh5wMBAN0FACH3AwEA4AUAIfgDAQDdBQAh-QMBAOAFACH6AwEA3QUAIfsDQADfBQAh_AMEANwFACH9AwQA8AUAIf4DQADfBQAh_wMEAPAFACGABAEA4AUAIYEEBADwBQAhggQCAPEFACGDBEAA3gUAIYQEQADeBQAhhQRAAN8FACGGBEAA3wUAIQ0VAADiBQAgFgAA8wUAIBcAAPUFACAYAAD1BQAgGQAA9QUAIOwDBAAAAAHtAwQAAAAF7gMEAAAABe8DBAAAAAHwAwQAAAAB8QMEAAAAAfIDBAAAAAH2AwQA9AUAIQ0VAADiBQAgFgAA8wUAIBcAAOIFACAYAADiBQAgGQAA4gUAIOwDAgAAAAHtAwIAAAAF7gMCAAAABe8DAgAAAAHwAwIAAAAB8QMCAAAAAfIDAgAAAAH2AwIA8gUAIQ0VAADiBQAgFgAA8wUAIBcAAOIFACAYAADiBQAgGQAA4gUAIOwDAgAAAAHtAwIAAAAF7gMCAAAABe8DAgAAAAHwAwIAAAAB8QMCAAAAAfIDAgAAAAH2AwIA8gUAIQjsAwgAAAAB7QMIAAAABe4DCAAAAAXvAwgAAAAB8AMIAAAAAfEDCAAAAAHyAwgAAAAB9gMIAPMFACENFQAA4gUAIBYAAPMFACAXAAD1BQAgGAAA9QUAIBkAAPUFACDsAwQAAAAB7QMEAAAABe4DBAAAAAXvAwQAAAAB8AMEAAAAAfEDBAAAAAHyAwQAAAAB9gMEAPQFACEI7AMEAAAAAe0DBAAAAAXuAwQAAAAF7wMEAAAAAfADBAAAAAHxAwQAAAAB8gMEAAAAAfYDBAD1BQAhFr8DAAD_BQAg4AMAAPYFADDhAwAArgUAEOIDAAD2BQAw4wMCAPcFACHnAwEA-QUAIfcDAQD4BQAh-AMBAPkFACH5AwEA-AUAIfoDAQD5BQAh-wNAAPoFACH8AwQA-wUAIf0DBAD8BQAh_gNAAPoFACH_AwQA_AUAIYAEAQD4BQAhgQQEAPwFACGCBAIA_QUAIYMEQAD-BQAhhARAAP4FACGFBEAA-gUAIYYEQAD6BQAhCOwDAgAAAAHtAwIAAAAE7gMCAAAABO8DAgAAAAHwAwIAAAAB8QMCAAAAAfIDAgAAAAH2AwIA5wUAIQvsAwEAAAAB7QMBAAAABe4DAQAAAAXvAwEAAAAB8AMBAAAAAfEDAQAAAAHyAwEAAAAB8wMBAAAAAfQDAQAAAAH1AwEAAAAB9gMBAOMFACEL7AMBAAAAAe0DAQAAAATuAwEAAAAE7wMBAAAAAfADAQAAAAHxAwEAAAAB8gMBAAAAAfMDAQAAAAH0AwEAAAAB9QMBAAAAAfYDAQDqBQAhCOwDQAAAAAHtA0AAAAAF7gNAAAAABe8DQAAAAAHwA0AAAAAB8QNAAAAAAfIDQAAAAAH2A0AA5QUAIQjsAwQAAAAB7QMEAAAABO4DBAAAAATvAwQAAAAB8AMEAAAAAfEDBAAAAAHyAwQAAAAB9gMEAO0FACEI7AMEAAAAAe0DBAAAAAXuAwQAAAAF7wMEAAAAAfADBAAAAAHxAwQAAAAB8gMEAAAAAfYDBAD1BQAhCOwDAgAAAAHtAwIAAAAF7gMCAAAABe8DAgAAAAHwAwIAAAAB8QMCAAAAAfIDAgAAAAH2AwIA4gUAIQjsA0AAAAAB7QNAAAAABO4DQAAAAATvA0AAAAAB8ANAAAAAAfEDQAAAAAHyA0AAAAAB9gNAAOgFACEDhwQAAKgFACCIBAAAqAUAIIkEAACoBQAgAuQDAgAAAAHlAwQAAAABDb4DAACCBgAg4AMAAIEGADDhAwAAqAUAEOIDAACBBgAw4wMCAPcFACHkAwIA9wUAIeUDBAD7BQAh5gMBAPkFACHnAwEA-QUAIegDAgD3BQAh6QNAAP4FACHqA0AA-gUAIesDAQD4BQAhGL8DAAD_BQAg4AMAAPYFADDhAwAArgUAEOIDAAD2BQAw4wMCAPcFACHnAwEA-QUAIfcDAQD4BQAh-AMBAPkFACH5AwEA-AUAIfoDAQD5BQAh-wNAAPoFACH8AwQA-wUAIf0DBAD8BQAh_gNAAPoFACH_AwQA_AUAIYAEAQD4BQAhgQQEAPwFACGCBAIA_QUAIYMEQAD-BQAhhARAAP4FACGFBEAA-gUAIYYEQAD6BQAhhAUAAK4FACCFBQAArgUAIAbgAwAAgwYAMOEDAACjBQAQ4gMAAIMGADCDBEAA3gUAIYsEBADcBQAhjAQBAN0FACEG4AMAAIQGADDhAwAAkAUAEOIDAACEBgAwgwRAAP4FACGLBAQA-wUAIYwEAQD5BQAhAosEBAAAAAGMBAEAAAABCOADAACGBgAw4QMAAIoFABDiAwAAhgYAMIMEQADeBQAhiwQEANwFACGOBAIA2wUAIY8EAQDdBQAhkARAAN8FACEG4AMAAIcGADDhAwAA9AQAEOIDAACHBgAwiwQEANwFACGOBAIA2wUAIZEEAQDdBQAhDOADAACIBgAw4QMAAN4EABDiAwAAiAYAMOMDAgDbBQAh5wMBAN0FACGDBEAA3gUAIY8EAQDdBQAhkgQBAOAFACGTBEAA3gUAIZQEQADfBQAhlQQEAPAFACGWBCAAiQYAIQUVAADnBQAgGAAAiwYAIBkAAIsGACDsAyAAAAAB9gMgAIoGACEFFQAA5wUAIBgAAIsGACAZAACLBgAg7AMgAAAAAfYDIACKBgAhAuwDIAAAAAH2AyAAiwYAIQvgAwAAjAYAMOEDAADGBAAQ4gMAAIwGADDjAwIA2wUAIecDAQDdBQAhgwRAAN4FACGLBAQA3AUAIY8EAQDdBQAhkgQBAN0FACGUBEAA3wUAIZUEBADwBQAhEeADAACNBgAw4QMAALAEABDiAwAAjQYAMOMDAQDdBQAhgwRAAN4FACGEBEAA3gUAIZcEAQDdBQAhmAQBAN0FACGZBAEA3QUAIZoEAQDdBQAhmwQBAN0FACGcBAEA3QUAIZ0EAQDdBQAhngRAAN4FACGfBEAA3gUAIaAEAQDdBQAhoQQEAPAFACEM2AIAAI8GACDgAwAAjgYAMOEDAACXBAAQ4gMAAI4GADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIY8EAQD5BQAhkgQBAPkFACGUBEAA-gUAIZUEBAD8BQAhFdwCAACWBgAg3QIAAJcGACDgAwAAlQYAMOEDAACLBAAQ4gMAAJUGADDjAwEA-QUAIYMEQAD-BQAhhARAAP4FACGXBAEA-QUAIZgEAQD5BQAhmQQBAPkFACGaBAEA-QUAIZsEAQD5BQAhnAQBAPkFACGdBAEA-QUAIZ4EQAD-BQAhnwRAAP4FACGgBAEA-QUAIaEEBAD8BQAhhAUAAIsEACCFBQAAiwQAIAOLBAQAAAABjgQCAAAAAZEEAQAAAAEH2QIAAJIGACDgAwAAkQYAMOEDAACRBAAQ4gMAAJEGADCLBAQA-wUAIY4EAgD3BQAhkQQBAPkFACER2AIAAJoGACDaAgAAmwYAINsCAACcBgAg4AMAAJgGADDhAwAAhwQAEOIDAACYBgAw4wMCAPcFACHnAwEA-QUAIYMEQAD-BQAhjwQBAPkFACGSBAEA-AUAIZMEQAD-BQAhlARAAPoFACGVBAQA_AUAIZYEIACZBgAhhAUAAIcEACCFBQAAhwQAIAKLBAQAAAABjgQCAAAAAQnZAgAAkgYAIOADAACUBgAw4QMAAI0EABDiAwAAlAYAMIMEQAD-BQAhiwQEAPsFACGOBAIA9wUAIY8EAQD5BQAhkARAAPoFACET3AIAAJYGACDdAgAAlwYAIOADAACVBgAw4QMAAIsEABDiAwAAlQYAMOMDAQD5BQAhgwRAAP4FACGEBEAA_gUAIZcEAQD5BQAhmAQBAPkFACGZBAEA-QUAIZoEAQD5BQAhmwQBAPkFACGcBAEA-QUAIZ0EAQD5BQAhngRAAP4FACGfBEAA_gUAIaAEAQD5BQAhoQQEAPwFACEDhwQAAIcEACCIBAAAhwQAIIkEAACHBAAgA4cEAACXBAAgiAQAAJcEACCJBAAAlwQAIA_YAgAAmgYAINoCAACbBgAg2wIAAJwGACDgAwAAmAYAMOEDAACHBAAQ4gMAAJgGADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGPBAEA-QUAIZIEAQD4BQAhkwRAAP4FACGUBEAA-gUAIZUEBAD8BQAhlgQgAJkGACEC7AMgAAAAAfYDIACLBgAhFdwCAACWBgAg3QIAAJcGACDgAwAAlQYAMOEDAACLBAAQ4gMAAJUGADDjAwEA-QUAIYMEQAD-BQAhhARAAP4FACGXBAEA-QUAIZgEAQD5BQAhmQQBAPkFACGaBAEA-QUAIZsEAQD5BQAhnAQBAPkFACGdBAEA-QUAIZ4EQAD-BQAhnwRAAP4FACGgBAEA-QUAIaEEBAD8BQAhhAUAAIsEACCFBQAAiwQAIAOHBAAAjQQAIIgEAACNBAAgiQQAAI0EACADhwQAAJEEACCIBAAAkQQAIIkEAACRBAAgCeADAACdBgAw4QMAAIIEABDiAwAAnQYAMOMDAgDbBQAh5wMBAN0FACGLBAQA3AUAIaQEAgDbBQAhpQRAAN4FACGmBEAA3wUAIQzgAwAAngYAMOEDAADsAwAQ4gMAAJ4GADDjAwIA2wUAIZEEAQDdBQAhpwQBAN0FACGoBAEA3QUAIakEAQDdBQAhqgQBAN0FACGrBAEA4AUAIawEAgDbBQAhrQQgAIkGACENhAEAAKAGACDgAwAAnwYAMOEDAADZAwAQ4gMAAJ8GADDjAwIA9wUAIZEEAQD5BQAhpwQBAPkFACGoBAEA-QUAIakEAQD5BQAhqgQBAPkFACGrBAEA-AUAIawEAgD3BQAhrQQgAJkGACEDhwQAAMEBACCIBAAAwQEAIIkEAADBAQAgCuADAAChBgAw4QMAANMDABDiAwAAoQYAMOMDAgDbBQAh5wMBAN0FACGDBEAA3gUAIYsEBADcBQAhlARAAN8FACGVBAQA8AUAIa4EAgDbBQAhFeADAACiBgAw4QMAAL0DABDiAwAAogYAMOMDAgDbBQAh5wMBAN0FACH9AwQA8AUAIYMEQADeBQAhqQQBAN0FACGrBAEA3QUAIa8EAgDbBQAhsAQBAN0FACGxBAEA4AUAIbIEAgDxBQAhswQCAPEFACG0BAEA3QUAIbUEAgDbBQAhtgQBAN0FACG3BAEA3QUAIbgEAQDdBQAhuQQEAPAFACG6BEAA3gUAIRfgAwAAowYAMOEDAACnAwAQ4gMAAKMGADCDBEAA3gUAIYQEQADeBQAhiwQEANwFACGrBAEA3QUAIa0EIACJBgAhsQQBAN0FACG1BAIA2wUAIbYEAQDdBQAhuwQBAN0FACG8BAEA3QUAIb0EAQDdBQAhvgQBAN0FACG_BAEA3QUAIcAEAQDdBQAhwQQBAN0FACHCBAIA8QUAIcMEIACJBgAhxAQgAIkGACHFBCAAiQYAIcYEQADfBQAhGYMBAAClBgAghAEAAKAGACDgAwAApAYAMOEDAACUAwAQ4gMAAKQGADCDBEAA_gUAIYQEQAD-BQAhiwQEAPsFACGrBAEA-QUAIa0EIACZBgAhsQQBAPkFACG1BAIA9wUAIbYEAQD5BQAhuwQBAPkFACG8BAEA-QUAIb0EAQD5BQAhvgQBAPkFACG_BAEA-QUAIcAEAQD5BQAhwQQBAPkFACHCBAIA_QUAIcMEIACZBgAhxAQgAJkGACHFBCAAmQYAIcYEQAD6BQAhA4cEAAC8AQAgiAQAALwBACCJBAAAvAEAIAfgAwAApgYAMOEDAACOAwAQ4gMAAKYGADCEBEAA3gUAIZEEAQDdBQAhxwQBAN0FACHIBAEA3QUAIQfgAwAApwYAMOEDAAD7AgAQ4gMAAKcGADCEBEAA_gUAIZEEAQD5BQAhxwQBAPkFACHIBAEA-QUAIQKRBAEAAAABxwQBAAAAAQbgAwAAqQYAMOEDAAD1AgAQ4gMAAKkGADDKBAEA3QUAIcsEAQDdBQAhzAQCANsFACEG4AMAAKoGADDhAwAA4gIAEOIDAACqBgAwygQBAPkFACHLBAEA-QUAIcwEAgD3BQAhAsoEAQAAAAHLBAEAAAABBuADAACsBgAw4QMAANwCABDiAwAArAYAMIsEBADcBQAhzgQBAN0FACHPBEAA3gUAIQbgAwAArQYAMOEDAADJAgAQ4gMAAK0GADCLBAQA-wUAIc4EAQD5BQAhzwRAAP4FACECiwQEAAAAAc4EAQAAAAEK4AMAAK8GADDhAwAAwwIAEOIDAACvBgAw5QMEANwFACHmAwEA3QUAIbAEAQDdBQAhxwQBAN0FACHRBAEA3QUAIdIEBADwBQAh0wRAAN4FACEK4AMAALAGADDhAwAAsAIAEOIDAACwBgAw5QMEAPsFACHmAwEA-QUAIbAEAQD5BQAhxwQBAPkFACHRBAEA-QUAIdIEBAD8BQAh0wRAAP4FACECxwQBAAAAAdEEAQAAAAEL4AMAALIGADDhAwAAqgIAEOIDAACyBgAw4wMCANsFACHHBAEA4AUAIdEEAQDgBQAh1QRAAN4FACHWBAQA8AUAIdcEAQDdBQAh2AQEAPAFACHZBAEA3QUAIQvgAwAAswYAMOEDAACXAgAQ4gMAALMGADDjAwIA9wUAIccEAQD4BQAh0QQBAPgFACHVBEAA_gUAIdYEBAD8BQAh1wQBAPkFACHYBAQA_AUAIdkEAQD5BQAhC-ADAAC0BgAw4QMAAJECABDiAwAAtAYAMIMEQADeBQAhuQQEAPAFACG6BEAA3gUAIccEAQDdBQAh0QQBAN0FACHaBAEA3QUAIdsEBADwBQAh3ARAAN8FACEL4AMAALUGADDhAwAA_gEAEOIDAAC1BgAwgwRAAP4FACG5BAQA_AUAIboEQAD-BQAhxwQBAPkFACHRBAEA-QUAIdoEAQD5BQAh2wQEAPwFACHcBEAA-gUAIQrgAwAAtgYAMOEDAAD4AQAQ4gMAALYGADDjAwIA2wUAIYsEBADcBQAhxwQBAN0FACHPBEAA3gUAIdEEAQDdBQAh3QQEAPAFACHeBAEA3QUAIQrgAwAAtwYAMOEDAADlAQAQ4gMAALcGADDjAwIA9wUAIYsEBAD7BQAhxwQBAPkFACHPBEAA_gUAIdEEAQD5BQAh3QQEAPwFACHeBAEA-QUAIQOLBAQAAAABxwQBAAAAAdEEAQAAAAEH4AMAALkGADDhAwAA3wEAEOIDAAC5BgAw4wMCANsFACGDBEAA3gUAIbsEAQDdBQAh4AQgAIkGACEIhwEAALsGACDgAwAAugYAMOEDAADMAQAQ4gMAALoGADDjAwIA9wUAIYMEQAD-BQAhuwQBAPkFACHgBCAAmQYAIQOHBAAAuAEAIIgEAAC4AQAgiQQAALgBACACiwQEAAAAAaQEAgAAAAELhQEAAL4GACCGAQAAvwYAIOADAAC9BgAw4QMAAMEBABDiAwAAvQYAMOMDAgD3BQAh5wMBAPkFACGLBAQA-wUAIaQEAgD3BQAhpQRAAP4FACGmBEAA-gUAIQ-EAQAAoAYAIOADAACfBgAw4QMAANkDABDiAwAAnwYAMOMDAgD3BQAhkQQBAPkFACGnBAEA-QUAIagEAQD5BQAhqQQBAPkFACGqBAEA-QUAIasEAQD4BQAhrAQCAPcFACGtBCAAmQYAIYQFAADZAwAghQUAANkDACAbgwEAAKUGACCEAQAAoAYAIOADAACkBgAw4QMAAJQDABDiAwAApAYAMIMEQAD-BQAhhARAAP4FACGLBAQA-wUAIasEAQD5BQAhrQQgAJkGACGxBAEA-QUAIbUEAgD3BQAhtgQBAPkFACG7BAEA-QUAIbwEAQD5BQAhvQQBAPkFACG-BAEA-QUAIb8EAQD5BQAhwAQBAPkFACHBBAEA-QUAIcIEAgD9BQAhwwQgAJkGACHEBCAAmQYAIcUEIACZBgAhxgRAAPoFACGEBQAAlAMAIIUFAACUAwAgAosEBAAAAAGuBAIAAAABDIIBAADCBgAghgEAAL8GACDgAwAAwQYAMOEDAAC8AQAQ4gMAAMEGADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIZQEQAD6BQAhlQQEAPwFACGuBAIA9wUAIRmBAQAAxAYAIIMBAAClBgAg4AMAAMMGADDhAwAAuAEAEOIDAADDBgAw4wMCAPcFACHnAwEA-QUAIf0DBAD8BQAhgwRAAP4FACGpBAEA-QUAIasEAQD5BQAhrwQCAPcFACGwBAEA-QUAIbEEAQD4BQAhsgQCAP0FACGzBAIA_QUAIbQEAQD5BQAhtQQCAPcFACG2BAEA-QUAIbcEAQD5BQAhuAQBAPkFACG5BAQA_AUAIboEQAD-BQAhhAUAALgBACCFBQAAuAEAIBeBAQAAxAYAIIMBAAClBgAg4AMAAMMGADDhAwAAuAEAEOIDAADDBgAw4wMCAPcFACHnAwEA-QUAIf0DBAD8BQAhgwRAAP4FACGpBAEA-QUAIasEAQD5BQAhrwQCAPcFACGwBAEA-QUAIbEEAQD4BQAhsgQCAP0FACGzBAIA_QUAIbQEAQD5BQAhtQQCAPcFACG2BAEA-QUAIbcEAQD5BQAhuAQBAPkFACG5BAQA_AUAIboEQAD-BQAhCocBAAC7BgAg4AMAALoGADDhAwAAzAEAEOIDAAC6BgAw4wMCAPcFACGDBEAA_gUAIbsEAQD5BQAh4AQgAJkGACGEBQAAzAEAIIUFAADMAQAgBuADAADFBgAw4QMAALMBABDiAwAAxQYAMJEEAQDdBQAhuwQBAN0FACHVBEAA3gUAIQbgAwAAxgYAMOEDAACgAQAQ4gMAAMYGADCRBAEA-QUAIbsEAQD5BQAh1QRAAP4FACECkQQBAAAAAbsEAQAAAAEJ4AMAAMgGADDhAwAAmgEAEOIDAADIBgAw4wMCANsFACHqA0AA3wUAIeQEAgDbBQAh5QQBAN0FACHmBEAA3gUAIecEQADfBQAhDeADAADJBgAw4QMAAIQBABDiAwAAyQYAMOMDAgDbBQAh6AMCANsFACHqA0AA3wUAIesDAQDgBQAhgwRAAN4FACHYBAIA2wUAIeUEAQDdBQAh5gRAAN4FACHnBEAA3wUAIegEAQDdBQAhDeADAADKBgAw4QMAAHEAEOIDAADKBgAw4wMCAPcFACHoAwIA9wUAIeoDQAD6BQAh6wMBAPgFACGDBEAA_gUAIdgEAgD3BQAh5QQBAPkFACHmBEAA_gUAIecEQAD6BQAh6AQBAPkFACEV4AMAAMsGADDhAwAAawAQ4gMAAMsGADDjAwIA2wUAIeYDAQDdBQAh5wMBAN0FACGDBEAA3gUAIYQEQADeBQAhiwQEANwFACGMBAEA3QUAIbgEAQDdBQAhuwQBAN0FACG8BAEA3QUAIb0EAQDdBQAh6QQBAN0FACHqBAIA2wUAIesEQADeBQAh7AQCAPEFACHtBAEA4AUAIe4EAQDgBQAh7wQBAOAFACEK4AMAAMwGADDhAwAAVQAQ4gMAAMwGADDjAwIA2wUAIYMEQADeBQAhuQQEAPAFACHqBAIA2wUAIesEQADeBQAh8ARAAN4FACHxBAEA3QUAIRfgAwAAzQYAMOEDAAA_ABDiAwAAzQYAMOMDAgDbBQAhgwRAAN4FACGRBAEA4AUAIasEAQDdBQAhrAQBAN0FACGtBCAAiQYAIbYEAQDdBQAhvAQBAN0FACHyBAEA3QUAIfMEAQDdBQAh9AQBAN0FACH1BAEA3QUAIfYEAQDgBQAh9wQBAOAFACH4BAIA2wUAIfkEAgDbBQAh-gQBAN0FACH7BAgAzgYAIfwECADOBgAh_QQgAIkGACENFQAA4gUAIBYAAPMFACAXAADzBQAgGAAA8wUAIBkAAPMFACDsAwgAAAAB7QMIAAAABe4DCAAAAAXvAwgAAAAB8AMIAAAAAfEDCAAAAAHyAwgAAAAB9gMIAM8GACENFQAA4gUAIBYAAPMFACAXAADzBQAgGAAA8wUAIBkAAPMFACDsAwgAAAAB7QMIAAAABe4DCAAAAAXvAwgAAAAB8AMIAAAAAfEDCAAAAAHyAwgAAAAB9gMIAM8GACEZHQAA0gYAICAAANMGACDgAwAA0AYAMOEDAAAsABDiAwAA0AYAMOMDAgD3BQAhgwRAAP4FACGRBAEA-AUAIasEAQD5BQAhrAQBAPkFACGtBCAAmQYAIbYEAQD5BQAhvAQBAPkFACHyBAEA-QUAIfMEAQD5BQAh9AQBAPkFACH1BAEA-QUAIfYEAQD4BQAh9wQBAPgFACH4BAIA9wUAIfkEAgD3BQAh-gQBAPkFACH7BAgA0QYAIfwECADRBgAh_QQgAJkGACEI7AMIAAAAAe0DCAAAAAXuAwgAAAAF7wMIAAAAAfADCAAAAAHxAwgAAAAB8gMIAAAAAfYDCADzBQAhA4cEAAAcACCIBAAAHAAgiQQAABwAIAOHBAAAIAAgiAQAACAAIIkEAAAgACAC5AQCAAAAAeUEAQAAAAEKHgAA1gYAIOADAADVBgAw4QMAACQAEOIDAADVBgAw4wMCAPcFACHqA0AA-gUAIeQEAgD3BQAh5QQBAPkFACHmBEAA_gUAIecEQAD6BQAhGRwAANkGACAfAADaBgAg4AMAANgGADDhAwAAIAAQ4gMAANgGADDjAwIA9wUAIeYDAQD5BQAh5wMBAPkFACGDBEAA_gUAIYQEQAD-BQAhiwQEAPsFACGMBAEA-QUAIbgEAQD5BQAhuwQBAPkFACG8BAEA-QUAIb0EAQD5BQAh6QQBAPkFACHqBAIA9wUAIesEQAD-BQAh7AQCAP0FACHtBAEA-AUAIe4EAQD4BQAh7wQBAPgFACGEBQAAIAAghQUAACAAIAPqBAIAAAAB6wRAAAAAAewEAgAAAAEXHAAA2QYAIB8AANoGACDgAwAA2AYAMOEDAAAgABDiAwAA2AYAMOMDAgD3BQAh5gMBAPkFACHnAwEA-QUAIYMEQAD-BQAhhARAAP4FACGLBAQA-wUAIYwEAQD5BQAhuAQBAPkFACG7BAEA-QUAIbwEAQD5BQAhvQQBAPkFACHpBAEA-QUAIeoEAgD3BQAh6wRAAP4FACHsBAIA_QUAIe0EAQD4BQAh7gQBAPgFACHvBAEA-AUAIRsdAADSBgAgIAAA0wYAIOADAADQBgAw4QMAACwAEOIDAADQBgAw4wMCAPcFACGDBEAA_gUAIZEEAQD4BQAhqwQBAPkFACGsBAEA-QUAIa0EIACZBgAhtgQBAPkFACG8BAEA-QUAIfIEAQD5BQAh8wQBAPkFACH0BAEA-QUAIfUEAQD5BQAh9gQBAPgFACH3BAEA-AUAIfgEAgD3BQAh-QQCAPcFACH6BAEA-QUAIfsECADRBgAh_AQIANEGACH9BCAAmQYAIYQFAAAsACCFBQAALAAgA4cEAAAkACCIBAAAJAAgiQQAACQAIAscAADZBgAg4AMAANsGADDhAwAAHAAQ4gMAANsGADDjAwIA9wUAIYMEQAD-BQAhuQQEAPwFACHqBAIA9wUAIesEQAD-BQAh8ARAAP4FACHxBAEA-QUAIQngAwAA3AYAMOEDAAAXABDiAwAA3AYAMOMDBADcBQAh5gMBAOAFACGABUAA3gUAIYEFQADeBQAhggVAAN8FACGDBQEA4AUAIQngAwAA3QYAMOEDAAAEABDiAwAA3QYAMOMDBAD7BQAh5gMBAPgFACGABUAA_gUAIYEFQAD-BQAhggVAAPoFACGDBQEA-AUAIQAAAAAAAAWJBQQAAAABjwUEAAAAAZAFBAAAAAGRBQQAAAABkgUEAAAAAQGJBQEAAAABBYkFAgAAAAGPBQIAAAABkAUCAAAAAZEFAgAAAAGSBQIAAAABAYkFQAAAAAEBiQVAAAAAAQGJBQEAAAABBQ8AAJgKACAQAACbCgAghgUAAJkKACCHBQAAmgoAIIwFAACmBQAgAw8AAJgKACCGBQAAmQoAIIwFAACmBQAgAAAAAAAFiQUEAAAAAY8FBAAAAAGQBQQAAAABkQUEAAAAAZIFBAAAAAEFiQUCAAAAAY8FAgAAAAGQBQIAAAABkQUCAAAAAZIFAgAAAAELDwAA9AYAMBAAAPkGADCGBQAA9QYAMIcFAAD2BgAwiAUAAPcGACCJBQAA-AYAMIoFAAD4BgAwiwUAAPgGADCMBQAA-AYAMI0FAAD6BgAwjgUAAPsGADAI4wMCAAAAAeUDBAAAAAHmAwEAAAAB5wMBAAAAAegDAgAAAAHpA0AAAAAB6gNAAAAAAesDAQAAAAECAAAAqgUAIA8AAP8GACADAAAAqgUAIA8AAP8GACAQAAD-BgAgAQgAAJcKADAOvgMAAIIGACDgAwAAgQYAMOEDAACoBQAQ4gMAAIEGADDjAwIAAAAB5AMCAPcFACHlAwQA-wUAIeYDAQD5BQAh5wMBAPkFACHoAwIA9wUAIekDQAD-BQAh6gNAAPoFACHrAwEA-AUAIYoEAACABgAgAgAAAKoFACAIAAD-BgAgAgAAAPwGACAIAAD9BgAgDOADAAD7BgAw4QMAAPwGABDiAwAA-wYAMOMDAgD3BQAh5AMCAPcFACHlAwQA-wUAIeYDAQD5BQAh5wMBAPkFACHoAwIA9wUAIekDQAD-BQAh6gNAAPoFACHrAwEA-AUAIQzgAwAA-wYAMOEDAAD8BgAQ4gMAAPsGADDjAwIA9wUAIeQDAgD3BQAh5QMEAPsFACHmAwEA-QUAIecDAQD5BQAh6AMCAPcFACHpA0AA_gUAIeoDQAD6BQAh6wMBAPgFACEI4wMCAOYGACHlAwQA5AYAIeYDAQDlBgAh5wMBAOUGACHoAwIA5gYAIekDQADnBgAh6gNAAOgGACHrAwEA6QYAIQjjAwIA5gYAIeUDBADkBgAh5gMBAOUGACHnAwEA5QYAIegDAgDmBgAh6QNAAOcGACHqA0AA6AYAIesDAQDpBgAhCOMDAgAAAAHlAwQAAAAB5gMBAAAAAecDAQAAAAHoAwIAAAAB6QNAAAAAAeoDQAAAAAHrAwEAAAABBA8AAPQGADCGBQAA9QYAMIgFAAD3BgAgjAUAAPgGADAADL8DAACBBwAg9wMAAN4GACD5AwAA3gYAIPsDAADeBgAg_QMAAN4GACD-AwAA3gYAIP8DAADeBgAggAQAAN4GACCBBAAA3gYAIIIEAADeBgAghQQAAN4GACCGBAAA3gYAIAAAAAAAAAAAAAAFDwAAkgoAIBAAAJUKACCGBQAAkwoAIIcFAACUCgAgjAUAAIkEACADDwAAkgoAIIYFAACTCgAgjAUAAIkEACAAAAAAAAUPAACNCgAgEAAAkAoAIIYFAACOCgAghwUAAI8KACCMBQAAiQQAIAMPAACNCgAghgUAAI4KACCMBQAAiQQAIAAAAAAAAYkFIAAAAAEHDwAAhgoAIBAAAIsKACCGBQAAhwoAIIcFAACKCgAgigUAAIsEACCLBQAAiwQAIIwFAACFBAAgCw8AAKsHADAQAACwBwAwhgUAAKwHADCHBQAArQcAMIgFAACuBwAgiQUAAK8HADCKBQAArwcAMIsFAACvBwAwjAUAAK8HADCNBQAAsQcAMI4FAACyBwAwCw8AAJ8HADAQAACkBwAwhgUAAKAHADCHBQAAoQcAMIgFAACiBwAgiQUAAKMHADCKBQAAowcAMIsFAACjBwAwjAUAAKMHADCNBQAApQcAMI4FAACmBwAwAosEBAAAAAGRBAEAAAABAgAAAJMEACAPAACqBwAgAwAAAJMEACAPAACqBwAgEAAAqQcAIAEIAACJCgAwCNkCAACSBgAg4AMAAJEGADDhAwAAkQQAEOIDAACRBgAwiwQEAPsFACGOBAIA9wUAIZEEAQD5BQAhogQAAJAGACACAAAAkwQAIAgAAKkHACACAAAApwcAIAgAAKgHACAG4AMAAKYHADDhAwAApwcAEOIDAACmBwAwiwQEAPsFACGOBAIA9wUAIZEEAQD5BQAhBuADAACmBwAw4QMAAKcHABDiAwAApgcAMIsEBAD7BQAhjgQCAPcFACGRBAEA-QUAIQKLBAQA5AYAIZEEAQDlBgAhAosEBADkBgAhkQQBAOUGACECiwQEAAAAAZEEAQAAAAEEgwRAAAAAAYsEBAAAAAGPBAEAAAABkARAAAAAAQIAAACPBAAgDwAAtgcAIAMAAACPBAAgDwAAtgcAIBAAALUHACABCAAAiAoAMArZAgAAkgYAIOADAACUBgAw4QMAAI0EABDiAwAAlAYAMIMEQAD-BQAhiwQEAPsFACGOBAIA9wUAIY8EAQD5BQAhkARAAPoFACGjBAAAkwYAIAIAAACPBAAgCAAAtQcAIAIAAACzBwAgCAAAtAcAIAjgAwAAsgcAMOEDAACzBwAQ4gMAALIHADCDBEAA_gUAIYsEBAD7BQAhjgQCAPcFACGPBAEA-QUAIZAEQAD6BQAhCOADAACyBwAw4QMAALMHABDiAwAAsgcAMIMEQAD-BQAhiwQEAPsFACGOBAIA9wUAIY8EAQD5BQAhkARAAPoFACEEgwRAAOcGACGLBAQA5AYAIY8EAQDlBgAhkARAAOgGACEEgwRAAOcGACGLBAQA5AYAIY8EAQDlBgAhkARAAOgGACEEgwRAAAAAAYsEBAAAAAGPBAEAAAABkARAAAAAAQMPAACGCgAghgUAAIcKACCMBQAAhQQAIAQPAACrBwAwhgUAAKwHADCIBQAArgcAIIwFAACvBwAwBA8AAJ8HADCGBQAAoAcAMIgFAACiBwAgjAUAAKMHADAAAAAAAAUPAACBCgAgEAAAhAoAIIYFAACCCgAghwUAAIMKACCMBQAAhQQAIAMPAACBCgAghgUAAIIKACCMBQAAhQQAIAAAAAAACw8AANQHADAQAADZBwAwhgUAANUHADCHBQAA1gcAMIgFAADXBwAgiQUAANgHADCKBQAA2AcAMIsFAADYBwAwjAUAANgHADCNBQAA2gcAMI4FAADbBwAwCw8AAMgHADAQAADNBwAwhgUAAMkHADCHBQAAygcAMIgFAADLBwAgiQUAAMwHADCKBQAAzAcAMIsFAADMBwAwjAUAAMwHADCNBQAAzgcAMI4FAADPBwAwB-MDAgAAAAHnAwEAAAABgwRAAAAAAYsEBAAAAAGPBAEAAAABlARAAAAAAZUEBAAAAAECAAAAmQQAIA8AANMHACADAAAAmQQAIA8AANMHACAQAADSBwAgAQgAAIAKADAM2AIAAI8GACDgAwAAjgYAMOEDAACXBAAQ4gMAAI4GADDjAwIAAAAB5wMBAPkFACGDBEAA_gUAIYsEBAD7BQAhjwQBAPkFACGSBAEA-QUAIZQEQAD6BQAhlQQEAPwFACECAAAAmQQAIAgAANIHACACAAAA0AcAIAgAANEHACAL4AMAAM8HADDhAwAA0AcAEOIDAADPBwAw4wMCAPcFACHnAwEA-QUAIYMEQAD-BQAhiwQEAPsFACGPBAEA-QUAIZIEAQD5BQAhlARAAPoFACGVBAQA_AUAIQvgAwAAzwcAMOEDAADQBwAQ4gMAAM8HADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIY8EAQD5BQAhkgQBAPkFACGUBEAA-gUAIZUEBAD8BQAhB-MDAgDmBgAh5wMBAOUGACGDBEAA5wYAIYsEBADkBgAhjwQBAOUGACGUBEAA6AYAIZUEBADxBgAhB-MDAgDmBgAh5wMBAOUGACGDBEAA5wYAIYsEBADkBgAhjwQBAOUGACGUBEAA6AYAIZUEBADxBgAhB-MDAgAAAAHnAwEAAAABgwRAAAAAAYsEBAAAAAGPBAEAAAABlARAAAAAAZUEBAAAAAEK2gIAALgHACDbAgAAuQcAIOMDAgAAAAHnAwEAAAABgwRAAAAAAY8EAQAAAAGTBEAAAAABlARAAAAAAZUEBAAAAAGWBCAAAAABAgAAAIkEACAPAADfBwAgAwAAAIkEACAPAADfBwAgEAAA3gcAIAEIAAD_CQAwD9gCAACaBgAg2gIAAJsGACDbAgAAnAYAIOADAACYBgAw4QMAAIcEABDiAwAAmAYAMOMDAgAAAAHnAwEA-QUAIYMEQAD-BQAhjwQBAPkFACGSBAEA-AUAIZMEQAD-BQAhlARAAPoFACGVBAQA_AUAIZYEIACZBgAhAgAAAIkEACAIAADeBwAgAgAAANwHACAIAADdBwAgDOADAADbBwAw4QMAANwHABDiAwAA2wcAMOMDAgD3BQAh5wMBAPkFACGDBEAA_gUAIY8EAQD5BQAhkgQBAPgFACGTBEAA_gUAIZQEQAD6BQAhlQQEAPwFACGWBCAAmQYAIQzgAwAA2wcAMOEDAADcBwAQ4gMAANsHADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGPBAEA-QUAIZIEAQD4BQAhkwRAAP4FACGUBEAA-gUAIZUEBAD8BQAhlgQgAJkGACEI4wMCAOYGACHnAwEA5QYAIYMEQADnBgAhjwQBAOUGACGTBEAA5wYAIZQEQADoBgAhlQQEAPEGACGWBCAAmwcAIQraAgAAnQcAINsCAACeBwAg4wMCAOYGACHnAwEA5QYAIYMEQADnBgAhjwQBAOUGACGTBEAA5wYAIZQEQADoBgAhlQQEAPEGACGWBCAAmwcAIQraAgAAuAcAINsCAAC5BwAg4wMCAAAAAecDAQAAAAGDBEAAAAABjwQBAAAAAZMEQAAAAAGUBEAAAAABlQQEAAAAAZYEIAAAAAEEDwAA1AcAMIYFAADVBwAwiAUAANcHACCMBQAA2AcAMAQPAADIBwAwhgUAAMkHADCIBQAAywcAIIwFAADMBwAwAAAD3AIAAOIHACDdAgAA4wcAIKEEAADeBgAgBtgCAADkBwAg2gIAAOYHACDbAgAA5wcAIJIEAADeBgAglAQAAN4GACCVBAAA3gYAIAAAAAAAAAAFDwAA9wkAIBAAAP0JACCGBQAA-AkAIIcFAAD8CQAgjAUAANYDACAFDwAA9QkAIBAAAPoJACCGBQAA9gkAIIcFAAD5CQAgjAUAAJEDACADDwAA9wkAIIYFAAD4CQAgjAUAANYDACADDwAA9QkAIIYFAAD2CQAgjAUAAJEDACAAAAAAAAsPAAD3BwAwEAAA_AcAMIYFAAD4BwAwhwUAAPkHADCIBQAA-gcAIIkFAAD7BwAwigUAAPsHADCLBQAA-wcAMIwFAAD7BwAwjQUAAP0HADCOBQAA_gcAMAaGAQAA8AcAIOMDAgAAAAHnAwEAAAABiwQEAAAAAaUEQAAAAAGmBEAAAAABAgAAAMMBACAPAACCCAAgAwAAAMMBACAPAACCCAAgEAAAgQgAIAEIAAD0CQAwDIUBAAC-BgAghgEAAL8GACDgAwAAvQYAMOEDAADBAQAQ4gMAAL0GADDjAwIAAAAB5wMBAPkFACGLBAQA-wUAIaQEAgD3BQAhpQRAAP4FACGmBEAA-gUAIeEEAAC8BgAgAgAAAMMBACAIAACBCAAgAgAAAP8HACAIAACACAAgCeADAAD-BwAw4QMAAP8HABDiAwAA_gcAMOMDAgD3BQAh5wMBAPkFACGLBAQA-wUAIaQEAgD3BQAhpQRAAP4FACGmBEAA-gUAIQngAwAA_gcAMOEDAAD_BwAQ4gMAAP4HADDjAwIA9wUAIecDAQD5BQAhiwQEAPsFACGkBAIA9wUAIaUEQAD-BQAhpgRAAPoFACEF4wMCAOYGACHnAwEA5QYAIYsEBADkBgAhpQRAAOcGACGmBEAA6AYAIQaGAQAA7gcAIOMDAgDmBgAh5wMBAOUGACGLBAQA5AYAIaUEQADnBgAhpgRAAOgGACEGhgEAAPAHACDjAwIAAAAB5wMBAAAAAYsEBAAAAAGlBEAAAAABpgRAAAAAAQQPAAD3BwAwhgUAAPgHADCIBQAA-gcAIIwFAAD7BwAwAAAAAAAABQ8AAOwJACAQAADyCQAghgUAAO0JACCHBQAA8QkAIIwFAAC6AQAgBQ8AAOoJACAQAADvCQAghgUAAOsJACCHBQAA7gkAIIwFAACRAwAgAw8AAOwJACCGBQAA7QkAIIwFAAC6AQAgAw8AAOoJACCGBQAA6wkAIIwFAACRAwAgAAAAAAAFDwAA5AkAIBAAAOgJACCGBQAA5QkAIIcFAADnCQAgjAUAALYBACALDwAAlQgAMBAAAJoIADCGBQAAlggAMIcFAACXCAAwiAUAAJgIACCJBQAAmQgAMIoFAACZCAAwiwUAAJkIADCMBQAAmQgAMI0FAACbCAAwjgUAAJwIADAHhgEAAI0IACDjAwIAAAAB5wMBAAAAAYMEQAAAAAGLBAQAAAABlARAAAAAAZUEBAAAAAECAAAAvgEAIA8AAKAIACADAAAAvgEAIA8AAKAIACAQAACfCAAgAQgAAOYJADANggEAAMIGACCGAQAAvwYAIOADAADBBgAw4QMAALwBABDiAwAAwQYAMOMDAgAAAAHnAwEA-QUAIYMEQAD-BQAhiwQEAPsFACGUBEAA-gUAIZUEBAD8BQAhrgQCAPcFACHiBAAAwAYAIAIAAAC-AQAgCAAAnwgAIAIAAACdCAAgCAAAnggAIArgAwAAnAgAMOEDAACdCAAQ4gMAAJwIADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIZQEQAD6BQAhlQQEAPwFACGuBAIA9wUAIQrgAwAAnAgAMOEDAACdCAAQ4gMAAJwIADDjAwIA9wUAIecDAQD5BQAhgwRAAP4FACGLBAQA-wUAIZQEQAD6BQAhlQQEAPwFACGuBAIA9wUAIQbjAwIA5gYAIecDAQDlBgAhgwRAAOcGACGLBAQA5AYAIZQEQADoBgAhlQQEAPEGACEHhgEAAIsIACDjAwIA5gYAIecDAQDlBgAhgwRAAOcGACGLBAQA5AYAIZQEQADoBgAhlQQEAPEGACEHhgEAAI0IACDjAwIAAAAB5wMBAAAAAYMEQAAAAAGLBAQAAAABlARAAAAAAZUEBAAAAAEDDwAA5AkAIIYFAADlCQAgjAUAALYBACAEDwAAlQgAMIYFAACWCAAwiAUAAJgIACCMBQAAmQgAMAAAAAAACw8AALMIADAQAAC3CAAwhgUAALQIADCHBQAAtQgAMIgFAAC2CAAgiQUAAJkIADCKBQAAmQgAMIsFAACZCAAwjAUAAJkIADCNBQAAuAgAMI4FAACcCAAwCw8AAKoIADAQAACuCAAwhgUAAKsIADCHBQAArAgAMIgFAACtCAAgiQUAAPsHADCKBQAA-wcAMIsFAAD7BwAwjAUAAPsHADCNBQAArwgAMI4FAAD-BwAwBoUBAADvBwAg4wMCAAAAAecDAQAAAAGkBAIAAAABpQRAAAAAAaYEQAAAAAECAAAAwwEAIA8AALIIACADAAAAwwEAIA8AALIIACAQAACxCAAgAQgAAOMJADACAAAAwwEAIAgAALEIACACAAAA_wcAIAgAALAIACAF4wMCAOYGACHnAwEA5QYAIaQEAgDmBgAhpQRAAOcGACGmBEAA6AYAIQaFAQAA7QcAIOMDAgDmBgAh5wMBAOUGACGkBAIA5gYAIaUEQADnBgAhpgRAAOgGACEGhQEAAO8HACDjAwIAAAAB5wMBAAAAAaQEAgAAAAGlBEAAAAABpgRAAAAAAQeCAQAAjAgAIOMDAgAAAAHnAwEAAAABgwRAAAAAAZQEQAAAAAGVBAQAAAABrgQCAAAAAQIAAAC-AQAgDwAAuwgAIAMAAAC-AQAgDwAAuwgAIBAAALoIACABCAAA4gkAMAIAAAC-AQAgCAAAuggAIAIAAACdCAAgCAAAuQgAIAbjAwIA5gYAIecDAQDlBgAhgwRAAOcGACGUBEAA6AYAIZUEBADxBgAhrgQCAOYGACEHggEAAIoIACDjAwIA5gYAIecDAQDlBgAhgwRAAOcGACGUBEAA6AYAIZUEBADxBgAhrgQCAOYGACEHggEAAIwIACDjAwIAAAAB5wMBAAAAAYMEQAAAAAGUBEAAAAABlQQEAAAAAa4EAgAAAAEEDwAAswgAMIYFAAC0CAAwiAUAALYIACCMBQAAmQgAMAQPAACqCAAwhgUAAKsIADCIBQAArQgAIIwFAAD7BwAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACw8AAOYIADAQAADrCAAwhgUAAOcIADCHBQAA6AgAMIgFAADpCAAgiQUAAOoIADCKBQAA6ggAMIsFAADqCAAwjAUAAOoIADCNBQAA7AgAMI4FAADtCAAwEoMBAACiCAAg4wMCAAAAAecDAQAAAAH9AwQAAAABgwRAAAAAAakEAQAAAAGrBAEAAAABsAQBAAAAAbEEAQAAAAGyBAIAAAABswQCAAAAAbQEAQAAAAG1BAIAAAABtgQBAAAAAbcEAQAAAAG4BAEAAAABuQQEAAAAAboEQAAAAAECAAAAugEAIA8AAPEIACADAAAAugEAIA8AAPEIACAQAADwCAAgAQgAAOEJADAXgQEAAMQGACCDAQAApQYAIOADAADDBgAw4QMAALgBABDiAwAAwwYAMOMDAgAAAAHnAwEA-QUAIf0DBAD8BQAhgwRAAP4FACGpBAEA-QUAIasEAQD5BQAhrwQCAPcFACGwBAEA-QUAIbEEAQD4BQAhsgQCAP0FACGzBAIA_QUAIbQEAQD5BQAhtQQCAPcFACG2BAEA-QUAIbcEAQD5BQAhuAQBAPkFACG5BAQA_AUAIboEQAD-BQAhAgAAALoBACAIAADwCAAgAgAAAO4IACAIAADvCAAgFeADAADtCAAw4QMAAO4IABDiAwAA7QgAMOMDAgD3BQAh5wMBAPkFACH9AwQA_AUAIYMEQAD-BQAhqQQBAPkFACGrBAEA-QUAIa8EAgD3BQAhsAQBAPkFACGxBAEA-AUAIbIEAgD9BQAhswQCAP0FACG0BAEA-QUAIbUEAgD3BQAhtgQBAPkFACG3BAEA-QUAIbgEAQD5BQAhuQQEAPwFACG6BEAA_gUAIRXgAwAA7QgAMOEDAADuCAAQ4gMAAO0IADDjAwIA9wUAIecDAQD5BQAh_QMEAPwFACGDBEAA_gUAIakEAQD5BQAhqwQBAPkFACGvBAIA9wUAIbAEAQD5BQAhsQQBAPgFACGyBAIA_QUAIbMEAgD9BQAhtAQBAPkFACG1BAIA9wUAIbYEAQD5BQAhtwQBAPkFACG4BAEA-QUAIbkEBAD8BQAhugRAAP4FACER4wMCAOYGACHnAwEA5QYAIf0DBADxBgAhgwRAAOcGACGpBAEA5QYAIasEAQDlBgAhsAQBAOUGACGxBAEA6QYAIbIEAgDyBgAhswQCAPIGACG0BAEA5QYAIbUEAgDmBgAhtgQBAOUGACG3BAEA5QYAIbgEAQDlBgAhuQQEAPEGACG6BEAA5wYAIRKDAQAAlAgAIOMDAgDmBgAh5wMBAOUGACH9AwQA8QYAIYMEQADnBgAhqQQBAOUGACGrBAEA5QYAIbAEAQDlBgAhsQQBAOkGACGyBAIA8gYAIbMEAgDyBgAhtAQBAOUGACG1BAIA5gYAIbYEAQDlBgAhtwQBAOUGACG4BAEA5QYAIbkEBADxBgAhugRAAOcGACESgwEAAKIIACDjAwIAAAAB5wMBAAAAAf0DBAAAAAGDBEAAAAABqQQBAAAAAasEAQAAAAGwBAEAAAABsQQBAAAAAbIEAgAAAAGzBAIAAAABtAQBAAAAAbUEAgAAAAG2BAEAAAABtwQBAAAAAbgEAQAAAAG5BAQAAAABugRAAAAAAQQPAADmCAAwhgUAAOcIADCIBQAA6QgAIIwFAADqCAAwAAKEAQAAhAgAIKsEAADeBgAgBIMBAAC-CAAghAEAAIQIACDCBAAA3gYAIMYEAADeBgAgB4EBAAD3CAAggwEAAL4IACD9AwAA3gYAILEEAADeBgAgsgQAAN4GACCzBAAA3gYAILkEAADeBgAgAYcBAADzCAAgAAAAAAAAAAAFDwAA3AkAIBAAAN8JACCGBQAA3QkAIIcFAADeCQAgjAUAACIAIAMPAADcCQAghgUAAN0JACCMBQAAIgAgAAAAAAAAAAAAAAUPAADWCQAgEAAA2gkAIIYFAADXCQAghwUAANkJACCMBQAAGgAgCw8AAI4JADAQAACTCQAwhgUAAI8JADCHBQAAkAkAMIgFAACRCQAgiQUAAJIJADCKBQAAkgkAMIsFAACSCQAwjAUAAJIJADCNBQAAlAkAMI4FAACVCQAwBeMDAgAAAAHqA0AAAAAB5QQBAAAAAeYEQAAAAAHnBEAAAAABAgAAACYAIA8AAJkJACADAAAAJgAgDwAAmQkAIBAAAJgJACABCAAA2AkAMAseAADWBgAg4AMAANUGADDhAwAAJAAQ4gMAANUGADDjAwIAAAAB6gNAAPoFACHkBAIA9wUAIeUEAQD5BQAh5gRAAP4FACHnBEAA-gUAIf4EAADUBgAgAgAAACYAIAgAAJgJACACAAAAlgkAIAgAAJcJACAJ4AMAAJUJADDhAwAAlgkAEOIDAACVCQAw4wMCAPcFACHqA0AA-gUAIeQEAgD3BQAh5QQBAPkFACHmBEAA_gUAIecEQAD6BQAhCeADAACVCQAw4QMAAJYJABDiAwAAlQkAMOMDAgD3BQAh6gNAAPoFACHkBAIA9wUAIeUEAQD5BQAh5gRAAP4FACHnBEAA-gUAIQXjAwIA5gYAIeoDQADoBgAh5QQBAOUGACHmBEAA5wYAIecEQADoBgAhBeMDAgDmBgAh6gNAAOgGACHlBAEA5QYAIeYEQADnBgAh5wRAAOgGACEF4wMCAAAAAeoDQAAAAAHlBAEAAAAB5gRAAAAAAecEQAAAAAEDDwAA1gkAIIYFAADXCQAgjAUAABoAIAQPAACOCQAwhgUAAI8JADCIBQAAkQkAIIwFAACSCQAwAAAAAAAFDwAA0QkAIBAAANQJACCGBQAA0gkAIIcFAADTCQAgjAUAABoAIAMPAADRCQAghgUAANIJACCMBQAAGgAgAAAAAAAFiQUIAAAAAY8FCAAAAAGQBQgAAAABkQUIAAAAAZIFCAAAAAELDwAAtwkAMBAAALwJADCGBQAAuAkAMIcFAAC5CQAwiAUAALoJACCJBQAAuwkAMIoFAAC7CQAwiwUAALsJADCMBQAAuwkAMI0FAAC9CQAwjgUAAL4JADALDwAAqwkAMBAAALAJADCGBQAArAkAMIcFAACtCQAwiAUAAK4JACCJBQAArwkAMIoFAACvCQAwiwUAAK8JADCMBQAArwkAMI0FAACxCQAwjgUAALIJADASHwAAmwkAIOMDAgAAAAHmAwEAAAAB5wMBAAAAAYMEQAAAAAGEBEAAAAABiwQEAAAAAYwEAQAAAAG4BAEAAAABuwQBAAAAAbwEAQAAAAG9BAEAAAAB6QQBAAAAAesEQAAAAAHsBAIAAAAB7QQBAAAAAe4EAQAAAAHvBAEAAAABAgAAACIAIA8AALYJACADAAAAIgAgDwAAtgkAIBAAALUJACABCAAA0AkAMBgcAADZBgAgHwAA2gYAIOADAADYBgAw4QMAACAAEOIDAADYBgAw4wMCAAAAAeYDAQD5BQAh5wMBAPkFACGDBEAA_gUAIYQEQAD-BQAhiwQEAPsFACGMBAEA-QUAIbgEAQD5BQAhuwQBAPkFACG8BAEA-QUAIb0EAQD5BQAh6QQBAAAAAeoEAgD3BQAh6wRAAP4FACHsBAIA_QUAIe0EAQD4BQAh7gQBAPgFACHvBAEA-AUAIf8EAADXBgAgAgAAACIAIAgAALUJACACAAAAswkAIAgAALQJACAV4AMAALIJADDhAwAAswkAEOIDAACyCQAw4wMCAPcFACHmAwEA-QUAIecDAQD5BQAhgwRAAP4FACGEBEAA_gUAIYsEBAD7BQAhjAQBAPkFACG4BAEA-QUAIbsEAQD5BQAhvAQBAPkFACG9BAEA-QUAIekEAQD5BQAh6gQCAPcFACHrBEAA_gUAIewEAgD9BQAh7QQBAPgFACHuBAEA-AUAIe8EAQD4BQAhFeADAACyCQAw4QMAALMJABDiAwAAsgkAMOMDAgD3BQAh5gMBAPkFACHnAwEA-QUAIYMEQAD-BQAhhARAAP4FACGLBAQA-wUAIYwEAQD5BQAhuAQBAPkFACG7BAEA-QUAIbwEAQD5BQAhvQQBAPkFACHpBAEA-QUAIeoEAgD3BQAh6wRAAP4FACHsBAIA_QUAIe0EAQD4BQAh7gQBAPgFACHvBAEA-AUAIRHjAwIA5gYAIeYDAQDlBgAh5wMBAOUGACGDBEAA5wYAIYQEQADnBgAhiwQEAOQGACGMBAEA5QYAIbgEAQDlBgAhuwQBAOUGACG8BAEA5QYAIb0EAQDlBgAh6QQBAOUGACHrBEAA5wYAIewEAgDyBgAh7QQBAOkGACHuBAEA6QYAIe8EAQDpBgAhEh8AAI0JACDjAwIA5gYAIeYDAQDlBgAh5wMBAOUGACGDBEAA5wYAIYQEQADnBgAhiwQEAOQGACGMBAEA5QYAIbgEAQDlBgAhuwQBAOUGACG8BAEA5QYAIb0EAQDlBgAh6QQBAOUGACHrBEAA5wYAIewEAgDyBgAh7QQBAOkGACHuBAEA6QYAIe8EAQDpBgAhEh8AAJsJACDjAwIAAAAB5gMBAAAAAecDAQAAAAGDBEAAAAABhARAAAAAAYsEBAAAAAGMBAEAAAABuAQBAAAAAbsEAQAAAAG8BAEAAAABvQQBAAAAAekEAQAAAAHrBEAAAAAB7AQCAAAAAe0EAQAAAAHuBAEAAAAB7wQBAAAAAQbjAwIAAAABgwRAAAAAAbkEBAAAAAHrBEAAAAAB8ARAAAAAAfEEAQAAAAECAAAAHgAgDwAAwgkAIAMAAAAeACAPAADCCQAgEAAAwQkAIAEIAADPCQAwCxwAANkGACDgAwAA2wYAMOEDAAAcABDiAwAA2wYAMOMDAgAAAAGDBEAA_gUAIbkEBAD8BQAh6gQCAPcFACHrBEAA_gUAIfAEQAD-BQAh8QQBAPkFACECAAAAHgAgCAAAwQkAIAIAAAC_CQAgCAAAwAkAIArgAwAAvgkAMOEDAAC_CQAQ4gMAAL4JADDjAwIA9wUAIYMEQAD-BQAhuQQEAPwFACHqBAIA9wUAIesEQAD-BQAh8ARAAP4FACHxBAEA-QUAIQrgAwAAvgkAMOEDAAC_CQAQ4gMAAL4JADDjAwIA9wUAIYMEQAD-BQAhuQQEAPwFACHqBAIA9wUAIesEQAD-BQAh8ARAAP4FACHxBAEA-QUAIQbjAwIA5gYAIYMEQADnBgAhuQQEAPEGACHrBEAA5wYAIfAEQADnBgAh8QQBAOUGACEG4wMCAOYGACGDBEAA5wYAIbkEBADxBgAh6wRAAOcGACHwBEAA5wYAIfEEAQDlBgAhBuMDAgAAAAGDBEAAAAABuQQEAAAAAesEQAAAAAHwBEAAAAAB8QQBAAAAAQQPAAC3CQAwhgUAALgJADCIBQAAugkAIIwFAAC7CQAwBA8AAKsJADCGBQAArAkAMIgFAACuCQAgjAUAAK8JADAAAAYcAADICQAgHwAAyQkAIOwEAADeBgAg7QQAAN4GACDuBAAA3gYAIO8EAADeBgAgBx0AAMUJACAgAADGCQAgkQQAAN4GACD2BAAA3gYAIPcEAADeBgAg-wQAAN4GACD8BAAA3gYAIAAAAAAAAAbjAwIAAAABgwRAAAAAAbkEBAAAAAHrBEAAAAAB8ARAAAAAAfEEAQAAAAER4wMCAAAAAeYDAQAAAAHnAwEAAAABgwRAAAAAAYQEQAAAAAGLBAQAAAABjAQBAAAAAbgEAQAAAAG7BAEAAAABvAQBAAAAAb0EAQAAAAHpBAEAAAAB6wRAAAAAAewEAgAAAAHtBAEAAAAB7gQBAAAAAe8EAQAAAAEVIAAAxAkAIOMDAgAAAAGDBEAAAAABkQQBAAAAAasEAQAAAAGsBAEAAAABrQQgAAAAAbYEAQAAAAG8BAEAAAAB8gQBAAAAAfMEAQAAAAH0BAEAAAAB9QQBAAAAAfYEAQAAAAH3BAEAAAAB-AQCAAAAAfkEAgAAAAH6BAEAAAAB-wQIAAAAAfwECAAAAAH9BCAAAAABAgAAABoAIA8AANEJACADAAAALAAgDwAA0QkAIBAAANUJACAXAAAALAAgCAAA1QkAICAAAKoJACDjAwIA5gYAIYMEQADnBgAhkQQBAOkGACGrBAEA5QYAIawEAQDlBgAhrQQgAJsHACG2BAEA5QYAIbwEAQDlBgAh8gQBAOUGACHzBAEA5QYAIfQEAQDlBgAh9QQBAOUGACH2BAEA6QYAIfcEAQDpBgAh-AQCAOYGACH5BAIA5gYAIfoEAQDlBgAh-wQIAKgJACH8BAgAqAkAIf0EIACbBwAhFSAAAKoJACDjAwIA5gYAIYMEQADnBgAhkQQBAOkGACGrBAEA5QYAIawEAQDlBgAhrQQgAJsHACG2BAEA5QYAIbwEAQDlBgAh8gQBAOUGACHzBAEA5QYAIfQEAQDlBgAh9QQBAOUGACH2BAEA6QYAIfcEAQDpBgAh-AQCAOYGACH5BAIA5gYAIfoEAQDlBgAh-wQIAKgJACH8BAgAqAkAIf0EIACbBwAhFR0AAMMJACDjAwIAAAABgwRAAAAAAZEEAQAAAAGrBAEAAAABrAQBAAAAAa0EIAAAAAG2BAEAAAABvAQBAAAAAfIEAQAAAAHzBAEAAAAB9AQBAAAAAfUEAQAAAAH2BAEAAAAB9wQBAAAAAfgEAgAAAAH5BAIAAAAB-gQBAAAAAfsECAAAAAH8BAgAAAAB_QQgAAAAAQIAAAAaACAPAADWCQAgBeMDAgAAAAHqA0AAAAAB5QQBAAAAAeYEQAAAAAHnBEAAAAABAwAAACwAIA8AANYJACAQAADbCQAgFwAAACwAIAgAANsJACAdAACpCQAg4wMCAOYGACGDBEAA5wYAIZEEAQDpBgAhqwQBAOUGACGsBAEA5QYAIa0EIACbBwAhtgQBAOUGACG8BAEA5QYAIfIEAQDlBgAh8wQBAOUGACH0BAEA5QYAIfUEAQDlBgAh9gQBAOkGACH3BAEA6QYAIfgEAgDmBgAh-QQCAOYGACH6BAEA5QYAIfsECACoCQAh_AQIAKgJACH9BCAAmwcAIRUdAACpCQAg4wMCAOYGACGDBEAA5wYAIZEEAQDpBgAhqwQBAOUGACGsBAEA5QYAIa0EIACbBwAhtgQBAOUGACG8BAEA5QYAIfIEAQDlBgAh8wQBAOUGACH0BAEA5QYAIfUEAQDlBgAh9gQBAOkGACH3BAEA6QYAIfgEAgDmBgAh-QQCAOYGACH6BAEA5QYAIfsECACoCQAh_AQIAKgJACH9BCAAmwcAIRMcAACaCQAg4wMCAAAAAeYDAQAAAAHnAwEAAAABgwRAAAAAAYQEQAAAAAGLBAQAAAABjAQBAAAAAbgEAQAAAAG7BAEAAAABvAQBAAAAAb0EAQAAAAHpBAEAAAAB6gQCAAAAAesEQAAAAAHsBAIAAAAB7QQBAAAAAe4EAQAAAAHvBAEAAAABAgAAACIAIA8AANwJACADAAAAIAAgDwAA3AkAIBAAAOAJACAVAAAAIAAgCAAA4AkAIBwAAIwJACDjAwIA5gYAIeYDAQDlBgAh5wMBAOUGACGDBEAA5wYAIYQEQADnBgAhiwQEAOQGACGMBAEA5QYAIbgEAQDlBgAhuwQBAOUGACG8BAEA5QYAIb0EAQDlBgAh6QQBAOUGACHqBAIA5gYAIesEQADnBgAh7AQCAPIGACHtBAEA6QYAIe4EAQDpBgAh7wQBAOkGACETHAAAjAkAIOMDAgDmBgAh5gMBAOUGACHnAwEA5QYAIYMEQADnBgAhhARAAOcGACGLBAQA5AYAIYwEAQDlBgAhuAQBAOUGACG7BAEA5QYAIbwEAQDlBgAhvQQBAOUGACHpBAEA5QYAIeoEAgDmBgAh6wRAAOcGACHsBAIA8gYAIe0EAQDpBgAh7gQBAOkGACHvBAEA6QYAIRHjAwIAAAAB5wMBAAAAAf0DBAAAAAGDBEAAAAABqQQBAAAAAasEAQAAAAGwBAEAAAABsQQBAAAAAbIEAgAAAAGzBAIAAAABtAQBAAAAAbUEAgAAAAG2BAEAAAABtwQBAAAAAbgEAQAAAAG5BAQAAAABugRAAAAAAQbjAwIAAAAB5wMBAAAAAYMEQAAAAAGUBEAAAAABlQQEAAAAAa4EAgAAAAEF4wMCAAAAAecDAQAAAAGkBAIAAAABpQRAAAAAAaYEQAAAAAEE4wMCAAAAAYMEQAAAAAG7BAEAAAAB4AQgAAAAAQIAAAC2AQAgDwAA5AkAIAbjAwIAAAAB5wMBAAAAAYMEQAAAAAGLBAQAAAABlARAAAAAAZUEBAAAAAEDAAAAzAEAIA8AAOQJACAQAADpCQAgBgAAAMwBACAIAADpCQAg4wMCAOYGACGDBEAA5wYAIbsEAQDlBgAh4AQgAJsHACEE4wMCAOYGACGDBEAA5wYAIbsEAQDlBgAh4AQgAJsHACEVhAEAAL0IACCDBEAAAAABhARAAAAAAYsEBAAAAAGrBAEAAAABrQQgAAAAAbEEAQAAAAG1BAIAAAABtgQBAAAAAbsEAQAAAAG8BAEAAAABvQQBAAAAAb4EAQAAAAG_BAEAAAABwAQBAAAAAcEEAQAAAAHCBAIAAAABwwQgAAAAAcQEIAAAAAHFBCAAAAABxgRAAAAAAQIAAACRAwAgDwAA6gkAIBOBAQAAoQgAIOMDAgAAAAHnAwEAAAAB_QMEAAAAAYMEQAAAAAGpBAEAAAABqwQBAAAAAa8EAgAAAAGwBAEAAAABsQQBAAAAAbIEAgAAAAGzBAIAAAABtAQBAAAAAbUEAgAAAAG2BAEAAAABtwQBAAAAAbgEAQAAAAG5BAQAAAABugRAAAAAAQIAAAC6AQAgDwAA7AkAIAMAAACUAwAgDwAA6gkAIBAAAPAJACAXAAAAlAMAIAgAAPAJACCEAQAAqQgAIIMEQADnBgAhhARAAOcGACGLBAQA5AYAIasEAQDlBgAhrQQgAJsHACGxBAEA5QYAIbUEAgDmBgAhtgQBAOUGACG7BAEA5QYAIbwEAQDlBgAhvQQBAOUGACG-BAEA5QYAIb8EAQDlBgAhwAQBAOUGACHBBAEA5QYAIcIEAgDyBgAhwwQgAJsHACHEBCAAmwcAIcUEIACbBwAhxgRAAOgGACEVhAEAAKkIACCDBEAA5wYAIYQEQADnBgAhiwQEAOQGACGrBAEA5QYAIa0EIACbBwAhsQQBAOUGACG1BAIA5gYAIbYEAQDlBgAhuwQBAOUGACG8BAEA5QYAIb0EAQDlBgAhvgQBAOUGACG_BAEA5QYAIcAEAQDlBgAhwQQBAOUGACHCBAIA8gYAIcMEIACbBwAhxAQgAJsHACHFBCAAmwcAIcYEQADoBgAhAwAAALgBACAPAADsCQAgEAAA8wkAIBUAAAC4AQAgCAAA8wkAIIEBAACTCAAg4wMCAOYGACHnAwEA5QYAIf0DBADxBgAhgwRAAOcGACGpBAEA5QYAIasEAQDlBgAhrwQCAOYGACGwBAEA5QYAIbEEAQDpBgAhsgQCAPIGACGzBAIA8gYAIbQEAQDlBgAhtQQCAOYGACG2BAEA5QYAIbcEAQDlBgAhuAQBAOUGACG5BAQA8QYAIboEQADnBgAhE4EBAACTCAAg4wMCAOYGACHnAwEA5QYAIf0DBADxBgAhgwRAAOcGACGpBAEA5QYAIasEAQDlBgAhrwQCAOYGACGwBAEA5QYAIbEEAQDpBgAhsgQCAPIGACGzBAIA8gYAIbQEAQDlBgAhtQQCAOYGACG2BAEA5QYAIbcEAQDlBgAhuAQBAOUGACG5BAQA8QYAIboEQADnBgAhBeMDAgAAAAHnAwEAAAABiwQEAAAAAaUEQAAAAAGmBEAAAAABFYMBAAC8CAAggwRAAAAAAYQEQAAAAAGLBAQAAAABqwQBAAAAAa0EIAAAAAGxBAEAAAABtQQCAAAAAbYEAQAAAAG7BAEAAAABvAQBAAAAAb0EAQAAAAG-BAEAAAABvwQBAAAAAcAEAQAAAAHBBAEAAAABwgQCAAAAAcMEIAAAAAHEBCAAAAABxQQgAAAAAcYEQAAAAAECAAAAkQMAIA8AAPUJACAJ4wMCAAAAAZEEAQAAAAGnBAEAAAABqAQBAAAAAakEAQAAAAGqBAEAAAABqwQBAAAAAawEAgAAAAGtBCAAAAABAgAAANYDACAPAAD3CQAgAwAAAJQDACAPAAD1CQAgEAAA-wkAIBcAAACUAwAgCAAA-wkAIIMBAACoCAAggwRAAOcGACGEBEAA5wYAIYsEBADkBgAhqwQBAOUGACGtBCAAmwcAIbEEAQDlBgAhtQQCAOYGACG2BAEA5QYAIbsEAQDlBgAhvAQBAOUGACG9BAEA5QYAIb4EAQDlBgAhvwQBAOUGACHABAEA5QYAIcEEAQDlBgAhwgQCAPIGACHDBCAAmwcAIcQEIACbBwAhxQQgAJsHACHGBEAA6AYAIRWDAQAAqAgAIIMEQADnBgAhhARAAOcGACGLBAQA5AYAIasEAQDlBgAhrQQgAJsHACGxBAEA5QYAIbUEAgDmBgAhtgQBAOUGACG7BAEA5QYAIbwEAQDlBgAhvQQBAOUGACG-BAEA5QYAIb8EAQDlBgAhwAQBAOUGACHBBAEA5QYAIcIEAgDyBgAhwwQgAJsHACHEBCAAmwcAIcUEIACbBwAhxgRAAOgGACEDAAAA2QMAIA8AAPcJACAQAAD-CQAgCwAAANkDACAIAAD-CQAg4wMCAOYGACGRBAEA5QYAIacEAQDlBgAhqAQBAOUGACGpBAEA5QYAIaoEAQDlBgAhqwQBAOkGACGsBAIA5gYAIa0EIACbBwAhCeMDAgDmBgAhkQQBAOUGACGnBAEA5QYAIagEAQDlBgAhqQQBAOUGACGqBAEA5QYAIasEAQDpBgAhrAQCAOYGACGtBCAAmwcAIQjjAwIAAAAB5wMBAAAAAYMEQAAAAAGPBAEAAAABkwRAAAAAAZQEQAAAAAGVBAQAAAABlgQgAAAAAQfjAwIAAAAB5wMBAAAAAYMEQAAAAAGLBAQAAAABjwQBAAAAAZQEQAAAAAGVBAQAAAABD9wCAADgBwAg4wMBAAAAAYMEQAAAAAGEBEAAAAABlwQBAAAAAZgEAQAAAAGZBAEAAAABmgQBAAAAAZsEAQAAAAGcBAEAAAABnQQBAAAAAZ4EQAAAAAGfBEAAAAABoAQBAAAAAaEEBAAAAAECAAAAhQQAIA8AAIEKACADAAAAiwQAIA8AAIEKACAQAACFCgAgEQAAAIsEACAIAACFCgAg3AIAAMYHACDjAwEA5QYAIYMEQADnBgAhhARAAOcGACGXBAEA5QYAIZgEAQDlBgAhmQQBAOUGACGaBAEA5QYAIZsEAQDlBgAhnAQBAOUGACGdBAEA5QYAIZ4EQADnBgAhnwRAAOcGACGgBAEA5QYAIaEEBADxBgAhD9wCAADGBwAg4wMBAOUGACGDBEAA5wYAIYQEQADnBgAhlwQBAOUGACGYBAEA5QYAIZkEAQDlBgAhmgQBAOUGACGbBAEA5QYAIZwEAQDlBgAhnQQBAOUGACGeBEAA5wYAIZ8EQADnBgAhoAQBAOUGACGhBAQA8QYAIQ_dAgAA4QcAIOMDAQAAAAGDBEAAAAABhARAAAAAAZcEAQAAAAGYBAEAAAABmQQBAAAAAZoEAQAAAAGbBAEAAAABnAQBAAAAAZ0EAQAAAAGeBEAAAAABnwRAAAAAAaAEAQAAAAGhBAQAAAABAgAAAIUEACAPAACGCgAgBIMEQAAAAAGLBAQAAAABjwQBAAAAAZAEQAAAAAECiwQEAAAAAZEEAQAAAAEDAAAAiwQAIA8AAIYKACAQAACMCgAgEQAAAIsEACAIAACMCgAg3QIAAMcHACDjAwEA5QYAIYMEQADnBgAhhARAAOcGACGXBAEA5QYAIZgEAQDlBgAhmQQBAOUGACGaBAEA5QYAIZsEAQDlBgAhnAQBAOUGACGdBAEA5QYAIZ4EQADnBgAhnwRAAOcGACGgBAEA5QYAIaEEBADxBgAhD90CAADHBwAg4wMBAOUGACGDBEAA5wYAIYQEQADnBgAhlwQBAOUGACGYBAEA5QYAIZkEAQDlBgAhmgQBAOUGACGbBAEA5QYAIZwEAQDlBgAhnQQBAOUGACGeBEAA5wYAIZ8EQADnBgAhoAQBAOUGACGhBAQA8QYAIQvYAgAAtwcAINoCAAC4BwAg4wMCAAAAAecDAQAAAAGDBEAAAAABjwQBAAAAAZIEAQAAAAGTBEAAAAABlARAAAAAAZUEBAAAAAGWBCAAAAABAgAAAIkEACAPAACNCgAgAwAAAIcEACAPAACNCgAgEAAAkQoAIA0AAACHBAAgCAAAkQoAINgCAACcBwAg2gIAAJ0HACDjAwIA5gYAIecDAQDlBgAhgwRAAOcGACGPBAEA5QYAIZIEAQDpBgAhkwRAAOcGACGUBEAA6AYAIZUEBADxBgAhlgQgAJsHACEL2AIAAJwHACDaAgAAnQcAIOMDAgDmBgAh5wMBAOUGACGDBEAA5wYAIY8EAQDlBgAhkgQBAOkGACGTBEAA5wYAIZQEQADoBgAhlQQEAPEGACGWBCAAmwcAIQvYAgAAtwcAINsCAAC5BwAg4wMCAAAAAecDAQAAAAGDBEAAAAABjwQBAAAAAZIEAQAAAAGTBEAAAAABlARAAAAAAZUEBAAAAAGWBCAAAAABAgAAAIkEACAPAACSCgAgAwAAAIcEACAPAACSCgAgEAAAlgoAIA0AAACHBAAgCAAAlgoAINgCAACcBwAg2wIAAJ4HACDjAwIA5gYAIecDAQDlBgAhgwRAAOcGACGPBAEA5QYAIZIEAQDpBgAhkwRAAOcGACGUBEAA6AYAIZUEBADxBgAhlgQgAJsHACEL2AIAAJwHACDbAgAAngcAIOMDAgDmBgAh5wMBAOUGACGDBEAA5wYAIY8EAQDlBgAhkgQBAOkGACGTBEAA5wYAIZQEQADoBgAhlQQEAPEGACGWBCAAmwcAIQjjAwIAAAAB5QMEAAAAAeYDAQAAAAHnAwEAAAAB6AMCAAAAAekDQAAAAAHqA0AAAAAB6wMBAAAAARLjAwIAAAAB5wMBAAAAAfcDAQAAAAH4AwEAAAAB-QMBAAAAAfoDAQAAAAH7A0AAAAAB_AMEAAAAAf0DBAAAAAH-A0AAAAAB_wMEAAAAAYAEAQAAAAGBBAQAAAABggQCAAAAAYMEQAAAAAGEBEAAAAABhQRAAAAAAYYEQAAAAAECAAAApgUAIA8AAJgKACADAAAArgUAIA8AAJgKACAQAACcCgAgFAAAAK4FACAIAACcCgAg4wMCAOYGACHnAwEA5QYAIfcDAQDpBgAh-AMBAOUGACH5AwEA6QYAIfoDAQDlBgAh-wNAAOgGACH8AwQA5AYAIf0DBADxBgAh_gNAAOgGACH_AwQA8QYAIYAEAQDpBgAhgQQEAPEGACGCBAIA8gYAIYMEQADnBgAhhARAAOcGACGFBEAA6AYAIYYEQADoBgAhEuMDAgDmBgAh5wMBAOUGACH3AwEA6QYAIfgDAQDlBgAh-QMBAOkGACH6AwEA5QYAIfsDQADoBgAh_AMEAOQGACH9AwQA8QYAIf4DQADoBgAh_wMEAPEGACGABAEA6QYAIYEEBADxBgAhggQCAPIGACGDBEAA5wYAIYQEQADnBgAhhQRAAOgGACGGBEAA6AYAIQAAAAAFFQAGFgAHFwAIGAAJGQAKAAAAAAAFFQAGFgAHFwAIGAAJGQAKAxUAER0fDSAjDgEcAAwDFQAQHAAMHycPAR4ADgEfKAACHSkAICoAAAAFFQAVFgAWFwAXGAAYGQAZAAAAAAAFFQAVFgAWFwAXGAAYGQAZARwADAEcAAwFFQAeFgAfFwAgGAAhGQAiAAAAAAAFFQAeFgAfFwAgGAAhGQAiARwADAEcAAwFFQAnFgAoFwApGAAqGQArAAAAAAAFFQAnFgAoFwApGAAqGQArAAAABRUAMRYAMhcAMxgANBkANQAAAAAABRUAMRYAMhcAMxgANBkANQEeAA4BHgAOBRUAOhYAOxcAPBgAPRkAPgAAAAAABRUAOhYAOxcAPBgAPRkAPgAAAAMVAEQYAEUZAEYAAAADFQBEGABFGQBGAhUAUYcBuwFJAxUAUIEBAEiDAb8BSgKCAQBJhgEASwMVAE-DAcABSoQBxAFMAoUBAE2GAQBLAhUAToQBxQFMAYQBxgEAAoMBxwEAhAHIAQABgwHJAQABhwHKAQAAAAUVAFUWAFYXAFcYAFgZAFkAAAAAAAUVAFUWAFYXAFcYAFgZAFkAAAAFFQBfFgBgFwBhGABiGQBjAAAAAAAFFQBfFgBgFwBhGABiGQBjAAAABRUAaRYAahcAaxgAbBkAbQAAAAAABRUAaRYAahcAaxgAbBkAbQAAAAUVAHMWAHQXAHUYAHYZAHcAAAAAAAUVAHMWAHQXAHUYAHYZAHcAAAAFFQB9FgB-FwB_GACAARkAgQEAAAAAAAUVAH0WAH4XAH8YAIABGQCBAQAAAAUVAIcBFgCIARcAiQEYAIoBGQCLAQAAAAAABRUAhwEWAIgBFwCJARgAigEZAIsBAAAABRUAkQEWAJIBFwCTARgAlAEZAJUBAAAAAAAFFQCRARYAkgEXAJMBGACUARkAlQEAAAADFQCbARgAnAEZAJ0BAAAAAxUAmwEYAJwBGQCdAQAABRUAogEWAKMBFwCkARgApQEZAKYBAAAAAAAFFQCiARYAowEXAKQBGAClARkApgEBgQEASAGBAQBIBRUAqwEWAKwBFwCtARgArgEZAK8BAAAAAAAFFQCrARYArAEXAK0BGACuARkArwECggEASYYBAEsCggEASYYBAEsFFQC0ARYAtQEXALYBGAC3ARkAuAEAAAAAAAUVALQBFgC1ARcAtgEYALcBGQC4AQAABRUAvQEWAL4BFwC_ARgAwAEZAMEBAAAAAAAFFQC9ARYAvgEXAL8BGADAARkAwQEChQEATYYBAEsChQEATYYBAEsFFQDGARYAxwEXAMgBGADJARkAygEAAAAAAAUVAMYBFgDHARcAyAEYAMkBGQDKAQMVANIB3AKKBM0B3QKaBNEBBBUA0AHYAowEzAHaApAEzgHbApQEzwEB2QIAzQEB2QIAzQEC2gKVBADbApYEAAHYAgDMAQLcApsEAN0CnAQAAAAFFQDWARYA1wEXANgBGADZARkA2gEAAAAAAAUVANYBFgDXARcA2AEYANkBGQDaAQHYAgDMAQHYAgDMAQUVAN8BFgDgARcA4QEYAOIBGQDjAQAAAAAABRUA3wEWAOABFwDhARgA4gEZAOMBAdgC0wTMAQHYAtkEzAEFFQDoARYA6QEXAOoBGADrARkA7AEAAAAAAAUVAOgBFgDpARcA6gEYAOsBGQDsAQHZAgDNAQHZAgDNAQUVAPEBFgDyARcA8wEYAPQBGQD1AQAAAAAABRUA8QEWAPIBFwDzARgA9AEZAPUBAdkCAM0BAdkCAM0BBRUA-gEWAPsBFwD8ARgA_QEZAP4BAAAAAAAFFQD6ARYA-wEXAPwBGAD9ARkA_gEAAAAFFQCEAhYAhQIXAIYCGACHAhkAiAIAAAAAAAUVAIQCFgCFAhcAhgIYAIcCGQCIAgIVAIwCvwOrBYsCAb4DAIoCAb8DrAUAAAAFFQCQAhYAkQIXAJICGACTAhkAlAIAAAAAAAUVAJACFgCRAhcAkgIYAJMCGQCUAgG-AwCKAgG-AwCKAgUVAJkCFgCaAhcAmwIYAJwCGQCdAgAAAAAABRUAmQIWAJoCFwCbAhgAnAIZAJ0CAQIBAgMBBQYBBgcBBwgBCQoBCgwCCw0DDA8BDRECDhIEERMBEhQBExUCGhgFGxkLIRsMIisMIy4MJC8MJTAMJjIMJzQCKDUSKTcMKjkCKzoTLDsMLTwMLj0CL0AUMEEaMUINMkMNM0QNNEUNNUYNNkgNN0oCOEsbOU0NOk8CO1AcPFENPVINPlMCP1YdQFcjQVgOQlkOQ1oORFsORVwORl4OR2ACSGEkSWMOSmUCS2YlTGcOTWgOTmkCT2wmUG0sUW8tUnAtU3MtVHQtVXUtVnctV3kCWHouWXwtWn4CW38vXIABLV2BAS1eggECX4UBMGCGATZhhwEPYogBD2OJAQ9kigEPZYsBD2aNAQ9njwECaJABN2mSAQ9qlAECa5UBOGyWAQ9tlwEPbpgBAm-bATlwnAE_cZ4BQHKfAUBzogFAdKMBQHWkAUB2pgFAd6gBAnipAUF5qwFAeq0BAnuuAUJ8rwFAfbABQH6xAQJ_tAFDgAG1AUeIAbcBSIkBywFIigHOAUiLAc8BSIwB0AFIjQHSAUiOAdQBAo8B1QFSkAHXAUiRAdkBApIB2gFTkwHbAUiUAdwBSJUB3QEClgHgAVSXAeEBWpgB4wFbmQHkAVuaAecBW5sB6AFbnAHpAVudAesBW54B7QECnwHuAVygAfABW6EB8gECogHzAV2jAfQBW6QB9QFbpQH2AQKmAfkBXqcB-gFkqAH8AWWpAf0BZaoBgAJlqwGBAmWsAYICZa0BhAJlrgGGAgKvAYcCZrABiQJlsQGLAgKyAYwCZ7MBjQJltAGOAmW1AY8CArYBkgJotwGTAm64AZUCb7kBlgJvugGZAm-7AZoCb7wBmwJvvQGdAm--AZ8CAr8BoAJwwAGiAm_BAaQCAsIBpQJxwwGmAm_EAacCb8UBqAICxgGrAnLHAawCeMgBrgJ5yQGvAnnKAbICecsBswJ5zAG0AnnNAbYCec4BuAICzwG5AnrQAbsCedEBvQIC0gG-AnvTAb8CedQBwAJ51QHBAgLWAcQCfNcBxQKCAdgBxwKDAdkByAKDAdoBywKDAdsBzAKDAdwBzQKDAd0BzwKDAd4B0QIC3wHSAoQB4AHUAoMB4QHWAgLiAdcChQHjAdgCgwHkAdkCgwHlAdoCAuYB3QKGAecB3gKMAegB4AKNAekB4QKNAeoB5AKNAesB5QKNAewB5gKNAe0B6AKNAe4B6gIC7wHrAo4B8AHtAo0B8QHvAgLyAfACjwHzAfECjQH0AfICjQH1AfMCAvYB9gKQAfcB9wKWAfgB-QKXAfkB-gKXAfoB_QKXAfsB_gKXAfwB_wKXAf0BgQOXAf4BgwMC_wGEA5gBgAKGA5cBgQKIAwKCAokDmQGDAooDlwGEAosDlwGFAowDAoYCjwOaAYcCkAOeAYgCkgNLiQKTA0uKApYDS4sClwNLjAKYA0uNApoDS44CnAMCjwKdA58BkAKfA0uRAqEDApICogOgAZMCowNLlAKkA0uVAqUDApYCqAOhAZcCqQOnAZgCqgNJmQKrA0maAqwDSZsCrQNJnAKuA0mdArADSZ4CsgMCnwKzA6gBoAK1A0mhArcDAqICuAOpAaMCuQNJpAK6A0mlArsDAqYCvgOqAacCvwOwAagCwANKqQLBA0qqAsIDSqsCwwNKrALEA0qtAsYDSq4CyAMCrwLJA7EBsALLA0qxAs0DArICzgOyAbMCzwNKtALQA0q1AtEDArYC1AOzAbcC1QO5AbgC1wNNuQLYA026AtsDTbsC3ANNvALdA029At8DTb4C4QMCvwLiA7oBwALkA03BAuYDAsIC5wO7AcMC6ANNxALpA03FAuoDAsYC7QO8AccC7gPCAcgC7wNMyQLwA0zKAvEDTMsC8gNMzALzA0zNAvUDTM4C9wMCzwL4A8MB0AL6A0zRAvwDAtIC_QPEAdMC_gNM1AL_A0zVAoAEAtYCgwTFAdcChATLAd4ChgTMAd8CnQTMAeACnwTMAeECoATMAeICoQTMAeMCowTMAeQCpQQC5QKmBNMB5gKoBMwB5wKqBALoAqsE1AHpAqwEzAHqAq0EzAHrAq4EAuwCsQTVAe0CsgTbAe4CswTRAe8CtATRAfACtQTRAfECtgTRAfICtwTRAfMCuQTRAfQCuwQC9QK8BNwB9gK-BNEB9wLABAL4AsEE3QH5AsIE0QH6AsME0QH7AsQEAvwCxwTeAf0CyATkAf4CyQTNAf8CygTNAYADywTNAYEDzATNAYIDzQTNAYMDzwTNAYQD0QQChQPSBOUBhgPVBM0BhwPXBAKIA9gE5gGJA9oEzQGKA9sEzQGLA9wEAowD3wTnAY0D4ATtAY4D4QTPAY8D4gTPAZAD4wTPAZED5ATPAZID5QTPAZMD5wTPAZQD6QQClQPqBO4BlgPsBM8BlwPuBAKYA-8E7wGZA_AEzwGaA_EEzwGbA_IEApwD9QTwAZ0D9gT2AZ4D9wTOAZ8D-ATOAaAD-QTOAaED-gTOAaID-wTOAaMD_QTOAaQD_wQCpQOABfcBpgOCBc4BpwOEBQKoA4UF-AGpA4YFzgGqA4cFzgGrA4gFAqwDiwX5Aa0DjAX_Aa4DjgWAAq8DjwWAArADkgWAArEDkwWAArIDlAWAArMDlgWAArQDmAUCtQOZBYECtgObBYACtwOdBQK4A54FggK5A58FgAK6A6AFgAK7A6EFArwDpAWDAr0DpQWJAsADpwWKAsEDrQWKAsIDsAWKAsMDsQWKAsQDsgWKAsUDtAWKAsYDtgUCxwO3BY0CyAO5BYoCyQO7BQLKA7wFjgLLA70FigLMA74FigLNA78FAs4DwgWPAs8DwwWVAtADxAWLAtEDxQWLAtIDxgWLAtMDxwWLAtQDyAWLAtUDygWLAtYDzAUC1wPNBZYC2APPBYsC2QPRBQLaA9IFlwLbA9MFiwLcA9QFiwLdA9UFAt4D2AWYAt8D2QWeAg"
};
async function decodeBase64AsWasm(wasmBase64) {
  const { Buffer } = await import("node:buffer");
  const wasmArray = Buffer.from(wasmBase64, "base64");
  return new WebAssembly.Module(wasmArray);
}
config.compilerWasm = {
  getRuntime: async () => await import("@prisma/client/runtime/query_compiler_small_bg.sqlite.mjs"),
  getQueryCompilerWasmModule: async () => {
    const { wasm } = await import("@prisma/client/runtime/query_compiler_small_bg.sqlite.wasm-base64.mjs");
    return await decodeBase64AsWasm(wasm);
  },
  importName: "./query_compiler_small_bg.js"
};
function getPrismaClientClass() {
  return runtime.getPrismaClient(config);
}

// src/generated/prisma/internal/prismaNamespace.ts
import * as runtime2 from "@prisma/client/runtime/client";
var getExtensionContext = runtime2.Extensions.getExtensionContext;
var NullTypes2 = {
  DbNull: runtime2.NullTypes.DbNull,
  JsonNull: runtime2.NullTypes.JsonNull,
  AnyNull: runtime2.NullTypes.AnyNull
};
var TransactionIsolationLevel = runtime2.makeStrictEnum({
  Serializable: "Serializable"
});
var defineExtension = runtime2.Extensions.defineExtension;

// src/generated/prisma/client.ts
globalThis["__dirname"] = path.dirname(fileURLToPath(import.meta.url));
var PrismaClient = getPrismaClientClass();

// src/db/fast-reads.ts
import Database from "better-sqlite3";
var FastReads = class {
  db;
  userStatement;
  stateStatement;
  rolesStatement;
  constructor(file, pageCacheKib) {
    this.db = new Database(file, { fileMustExist: true });
    this.db.pragma("query_only = ON");
    this.db.pragma(`cache_size = -${pageCacheKib}`);
    this.userStatement = this.db.prepare('SELECT "language", "lastSeenAt", "blockedAt" IS NOT NULL AS "blocked" FROM "User" WHERE "id" = ?');
    this.stateStatement = this.db.prepare('SELECT "value" FROM "StoredState" WHERE "scope" = ? AND "key" = ?');
    this.rolesStatement = this.db.prepare('SELECT "role", "scope" FROM "RoleGrant" WHERE "userId" = ?');
  }
  user(id) {
    const row = this.userStatement.get(id);
    return row && { language: row.language, lastSeenAt: parseStoredDate(row.lastSeenAt), blocked: row.blocked === 1 };
  }
  state(scope, key) {
    return this.stateStatement.get(scope, key)?.value;
  }
  /** The roles a person holds (staff checks, the rate limit's exemption). */
  roles(userId) {
    return this.rolesStatement.all(userId);
  }
  close() {
    this.db.close();
  }
};
function parseStoredDate(value) {
  if (typeof value === "number") return new Date(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}

// src/db/schema-engine.ts
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path3 from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database2 from "better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory
} from "@prisma/driver-adapter-utils";

// src/paths.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var projectRoot = findRoot(path2.dirname(fileURLToPath2(import.meta.url)));
function findRoot(from) {
  for (let dir = from; ; dir = path2.dirname(dir)) {
    if (existsSync(path2.join(dir, "package.json"))) return dir;
    if (path2.dirname(dir) === dir) return path2.resolve(from, "..");
  }
}

// src/db/schema-engine.ts
var require2 = createRequire(import.meta.url);
var BUSY_TIMEOUT_MS = 1e4;
var schemaPath = path3.join(projectRoot, "prisma", "schema.prisma");
var migrationsDir = path3.join(projectRoot, "prisma", "migrations");
var wasmApi = globalThis.WebAssembly;
var engineModule;
function loadEngineModule() {
  engineModule ??= (async () => {
    const bgPath = require2.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path3.join(path3.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await wasmApi.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return engineModule;
}
function sqlitePath(databaseUrl) {
  const file = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  if (file !== ":memory:") mkdirSync(path3.dirname(path3.resolve(file)), { recursive: true });
  return file;
}
function acceptScripts(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && error instanceof RangeError && /more than one statement/.test(error.message)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}
async function openSchemaEngine(databaseUrl) {
  const { SchemaEngine } = await loadEngineModule();
  const inner = new PrismaBetterSqlite3({ url: sqlitePath(databaseUrl), timeout: BUSY_TIMEOUT_MS });
  const opened = [];
  const track = (adapter) => (opened.push(adapter), acceptScripts(adapter));
  const factory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb())
  };
  const schema2 = readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema2]] },
    () => {
    },
    bindMigrationAwareSqlAdapterFactory(factory)
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    }
  };
}
function readMigrations(dir = migrationsDir) {
  const lockPath = path3.join(dir, "migration_lock.toml");
  const names = existsSync2(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync2(lockPath) ? readFileSync(lockPath, "utf8") : null
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path3.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync2(file) ? { tag: "ok", value: readFileSync(file, "utf8") } : { tag: "error", value: `missing ${file}` }
        }
      };
    })
  };
}
var noFilters = { externalTables: [], externalEnums: [] };
function hasPendingMigrations(file, dir = migrationsDir) {
  if (file === ":memory:" || !existsSync2(file)) return true;
  const db = new Database2(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return true;
    const rows = db.prepare("SELECT migration_name AS name, finished_at IS NOT NULL AS done FROM _prisma_migrations WHERE rolled_back_at IS NULL").all();
    if (rows.some((r) => !r.done)) return true;
    const applied = new Set(rows.map((r) => r.name));
    return readMigrations(dir).migrationDirectories.some((m) => !applied.has(m.path));
  } finally {
    db.close();
  }
}
async function applyMigrations(databaseUrl, dir = migrationsDir) {
  if (!hasPendingMigrations(sqlitePath(databaseUrl), dir)) return [];
  const { engine, close } = await openSchemaEngine(databaseUrl);
  try {
    const out = await engine.applyMigrations({ migrationsList: readMigrations(dir), filters: noFilters });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

// src/db/client.ts
var PAGE_CACHE_KIB = 2048;
async function openDatabase(databaseUrl) {
  const appliedMigrations = await applyMigrations(databaseUrl);
  const file = sqlitePath(databaseUrl);
  const adapter = new PrismaBetterSqlite32({ url: file, timeout: BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
  await db.$queryRawUnsafe(`PRAGMA cache_size = -${PAGE_CACHE_KIB}`);
  const reads = new FastReads(file, PAGE_CACHE_KIB);
  return {
    db,
    reads,
    appliedMigrations,
    async close() {
      reads.close();
      await db.$disconnect();
    }
  };
}

// src/services/factchecks.ts
import path4 from "node:path";
import { z as z2 } from "zod";

// src/domain/factchecks/text.ts
import { stemmer as russianStem } from "@orama/stemmers/russian";

// src/domain/factchecks/lexicon.ts
var CONCEPTS = {
  // Not concepts: words that begin like a root or prefix below but are other words.
  none: "-\u043A\u0430\u0440\u0442\u0430* -\u043A\u0430\u0440\u0442\u0438* -\u043A\u0430\u0440\u0434\u0430\u0440* -\u043A\u0430\u0440\u0430 -\u043A\u043E\u043B\u0434\u043E\u043D* -\u043A\u043E\u043B\u0434\u043E\u043E* -\u043A\u043E\u043B\u0435\u0442* -\u043F\u0430\u043B\u0430\u0442\u0430* -\u043A\u0438\u0448\u043A\u0438 -\u0441\u0443\u043A\u043D\u043E* -\u0431\u043E\u043B\u044C\u043D\u0438\u0446* -\u0431\u043E\u043B\u044C\u0448\u0435 -\u0431\u0430\u043D\u043A* -\u0430\u043F\u0430 -\u0430\u043F\u0430\u0441\u044B",
  covid: "\u043A\u043E\u0440\u043E\u043D\u0430\u0432\u0438\u0440\u0443\u0441* \u043A\u043E\u0432\u0438\u0434* \u043A\u043E\u0432\u0438\u0434\u044C* \u0432\u0438\u0440\u0443\u0441* covid* korona* virus* \u043A\u0430\u0432\u0438\u0434* \u043A\u0430\u0440\u043E\u043D\u0430\u0432\u0438\u0440\u0443\u0441* \u043A\u0430\u0440\u043E\u043D\u0430* \u043A\u043E\u0440\u043E\u043D* \u0437\u0430\u0440\u0430\u0437\u0430 \u0437\u0430\u0440\u0430\u0437\u0443 \u0437\u0430\u0440\u0430\u0437\u044B \u0437\u0430\u0440\u0430\u0437\u043E\u0439 \u0437\u0430\u0440\u0430\u0437\u0435",
  vaccine: "\u0432\u0430\u043A\u0446\u0438\u043D* \u0432\u0430\u043A\u0446\u044B\u043D* \u0432\u0430\u043A\u0441\u0438\u043D* \u0432\u043E\u043A\u0446\u0438\u043D* \u0432\u0430\u043A\u0446\u044B* \u043F\u0440\u0438\u0432\u0438\u0432* \u043F\u0440\u0438\u0432\u0438\u0442* \u043F\u0440\u0438\u0432\u0438\u0432\u043A* \u0443\u043A\u043E\u043B* \u044D\u043C\u0434\u0435* \u044D\u043C\u0434\u043E* \u044D\u043C\u0434\u043E\u043B* \u044D\u043C\u0434\u0435\u043B* \u044D\u043C\u0434\u0435\u0442* \u044D\u043C\u0434\u043E\u043E* \u0441\u0430\u0439\u0434\u044B\u0440* \u0441\u0430\u0439\u0433\u044B\u0447* \u0441\u0430\u0439\u044B\u043B* \u0430\u0448\u044B\u043B\u0430* \u0441\u043F\u0443\u0442\u043D\u0438\u043A* \u043F\u0444\u0430\u0439\u0437\u0435\u0440* \u043F\u0444\u0438\u0437\u0435\u0440* \u043C\u043E\u0434\u0435\u0440\u043D\u0430* \u0431\u0443\u0441\u0442\u0435\u0440* \u0440\u0435\u0432\u0430\u043A\u0446\u0438\u043D* \u043F\u0440\u0438\u0432\u044C\u0435* \u043F\u0440\u0438\u0432\u044C\u044E\u0442 \u043F\u0440\u0438\u0432\u0438\u0432\u043E\u0447\u043D* \u0448\u043F\u0440\u0438\u0446* \u043A\u043E\u043B\u043E\u0442* \u043A\u043E\u043B\u043E\u043B\u0441\u044F \u043A\u043E\u043B\u043E\u043B\u0430\u0441\u044C \u043A\u043E\u043B\u043E\u043B\u0438",
  chip: "\u043C\u0438\u043A\u0440\u043E\u0447\u0438\u043F* \u0447\u0438\u043F \u0447\u0438\u043F\u044B \u0447\u0438\u043F\u0430 \u0447\u0438\u043F\u043E\u0432 \u0447\u0438\u043F\u043E\u043C \u0447\u0438\u043F\u0435 \u0447\u0438\u043F\u0438\u0440* \u0447\u0438\u043F\u0442\u0435\u043B* \u0447\u0438\u043F\u0442* \u043D\u0430\u043D\u043E\u0431\u043E\u0442* \u043D\u0430\u043D\u043E\u0440\u043E\u0431* \u0434\u0430\u0442\u0447\u0438\u043A* \u0442\u0440\u0435\u043A\u0435\u0440* \u043D\u0430\u043D\u043E\u0447\u0438\u043F* \u043C\u0438\u043A\u0440\u043E\u0441\u0445\u0435\u043C* \u043C\u0430\u044F\u0447\u043E\u043A* \u043C\u0430\u044F\u0447\u043A* \u0436\u0443\u0447\u043E\u043A \u0436\u0443\u0447\u043A\u0438 \u043D\u0430\u043D\u043E\u0434\u0430\u0442\u0447\u0438\u043A* \u043D\u0430\u043D\u043E\u0447\u0430\u0441\u0442\u0438\u0446* \u043D\u0430\u043D\u043E\u0442\u0435\u0445\u043D\u043E\u043B\u043E\u0433*",
  surveil: "\u0441\u043B\u0435\u0436* \u0441\u043B\u0435\u0434\u0438\u0442* \u0441\u043B\u0435\u0434\u044F* \u043E\u0442\u0441\u043B\u0435\u0436* \u0430\u043D\u0434\u0443* \u0430\u04A3\u0434\u0443* \u0448\u043F\u0438\u043E\u043D* \u043A\u043E\u043D\u0442\u0440\u043E\u043B\u0438\u0440* \u043A\u04E9\u0437\u04E9\u043C\u04E9\u043B* \u043A\u043E\u0437\u043E\u043C\u043E\u043B* \u0433\u0435\u0439\u0442\u0441*",
  g5: "5\u0433 5\u0436 5\u0434\u0436\u0438",
  tower: "\u0432\u044B\u0448\u043A* \u0432\u044B\u0448\u0435\u043A \u043C\u0443\u043D\u0430\u0440\u0430* \u043C\u0443\u043D\u0430\u0440* \u0430\u043D\u0442\u0435\u043D\u043D* \u0430\u043D\u0442\u0435\u043D\u0430* \u0440\u0435\u0442\u0440\u0430\u043D\u0441\u043B* \u0438\u0437\u043B\u0443\u0447\u0435\u043D* \u0440\u0430\u0434\u0438\u0430\u0446* \u0440\u0430\u0434\u0438\u0430\u0446\u0438* \u043D\u0443\u0440\u043B\u0430\u043D* \u043E\u0431\u043B\u0443\u0447\u0430\u044E\u0442",
  cause: "\u0432\u044B\u0437\u044B\u0432\u0430* \u043F\u0440\u043E\u0432\u043E\u0446\u0438\u0440*",
  spread: "\u0440\u0430\u0441\u043F\u0440\u043E\u0441\u0442\u0440\u0430\u043D* \u0440\u0430\u0437\u043D\u043E\u0441* \u043F\u0435\u0440\u0435\u043D\u043E\u0441* \u043F\u0435\u0440\u0435\u043D\u043E\u0441\u044F\u0442* \u043F\u0435\u0440\u0435\u0434\u0430* \u0442\u0430\u0440\u0430\u0442* \u0442\u0430\u0440\u0430\u043B* \u0442\u0430\u0440\u0430\u0442\u0443\u0443* \u0440\u0430\u0441\u043F\u0440\u0430\u0441\u0442\u0440*",
  infect: "\u0437\u0430\u0440\u0430\u0436* \u0437\u0430\u0440\u0430\u0437* \u0437\u0430\u0431\u043E\u043B\u0435* \u0431\u043E\u043B\u0435\u044E\u0442 \u0431\u043E\u043B\u0435\u0435\u0442 \u0431\u043E\u043B\u0435\u0442\u044C \u0431\u043E\u043B\u0435\u043B* \u0431\u043E\u043B\u0435\u043D \u0431\u043E\u043B\u044C\u043D\u044B \u043F\u043E\u0434\u0445\u0432\u0430\u0442* \u043F\u043E\u0439\u043C\u0430\u0442* \u0441\u043B\u043E\u0432\u0438\u0442* \u0436\u0443\u043A* \u0436\u0443\u0433\u0430* \u0436\u0443\u043A\u043F* \u0436\u0443\u043A\u0442\u0443\u0440* \u043F\u043E\u0434\u0446\u0435\u043F* \u043F\u0440\u0438\u0446\u0435\u043F* \u0438\u043D\u0444\u0438\u0446\u0438\u0440* \u0438\u043D\u0444\u0435\u043A\u0446* \u0436\u0430\u0431\u044B\u0448* \u0438\u043B\u0438\u043D* \u043E\u043E\u0440\u0443\u0441\u0443 \u043E\u043E\u0440\u0443\u043F \u043E\u043E\u0440\u0443\u0439\u0442 \u043E\u043E\u0440\u0443\u0431\u0430\u0439\u0442 \u043E\u043E\u0440\u0443\u0431\u0430\u0439 \u043E\u043E\u0440\u0443\u0441\u0430 \u043E\u043E\u0440\u0443\u0441\u0430\u04A3 \u043E\u043E\u0440\u0443\u0441\u0430\u04A3\u044B\u0437 \u043E\u043E\u0440\u0443\u0433\u0430\u043D \u043E\u043E\u0440\u0443\u0433\u0430\u043D\u0434\u0430\u0440 \u043E\u043E\u0440\u0443\u0433\u0430\u043D\u0434\u0430\u043D \u043E\u043E\u0440\u0443\u0443 \u043E\u043E\u0440\u0443\u043B\u0443\u0443* \u043E\u043E\u0440\u0443\u043B\u0430\u0440* \u043E\u043E\u0440\u0443\u0434\u0430\u043D \u043E\u043E\u0440\u0443\u0431\u0430\u0441* \u0432\u043E\u0437\u044C\u043C\u0435\u0442 \u0432\u043E\u0437\u044C\u043C\u0451\u0442 +\u043E\u043E\u0440\u0443",
  ill_again: "\u043F\u0435\u0440\u0435\u0431\u043E\u043B\u0435* \u043F\u0435\u0440\u0435\u0431\u043E\u043B\u0435\u0432*",
  kill: "\u0443\u0431\u0438\u0432\u0430* \u0443\u0431\u0438\u0442* \u0443\u0431\u044C\u0435\u0442 \u0443\u0431\u044A\u0435\u0442 \u0443\u0431\u044C\u044E\u0442 \u0443\u0431\u0438\u0432* \u043F\u043E\u0433\u0438\u0431\u0430* \u043F\u043E\u0433\u0438\u0431* \u0443\u043C\u0438\u0440\u0430* \u0443\u043C\u0440\u0435\u0442 \u0443\u043C\u0440\u0443\u0442 \u0443\u043C\u0435\u0440* \u0443\u043D\u0438\u0447\u0442\u043E\u0436* \u0441\u0434\u043E\u0445* \u0434\u043E\u0445\u043D* \u0434\u043E\u0445\u043D\u0435\u0442 \u04E9\u043B\u0442* \u043E\u043B\u0442* \u04E9\u043B\u04E9\u0442 \u043E\u043B\u043E\u0442 \u04E9\u043B\u04AF\u0448* \u043E\u043B\u0443\u0448* \u04E9\u043B\u04E9\u0442* \u0436\u043E\u0433\u043E\u043B* \u0433\u0438\u0431\u043D* \u043D\u0435\u0439\u0442\u0440\u0430\u043B\u0438\u0437* \u0441\u0433\u043E\u0440\u0430* \u043E\u0431\u0435\u0437\u0437\u0430\u0440\u0430\u0436* \u043C\u0435\u0440\u0442\u0432* \u0436\u043E\u043A-\u0431\u043E\u043B* \u0436\u043E\u043A-\u043A\u044B\u043B* \u043F\u0435\u0440\u0435\u0434\u043E\u0445* \u043F\u043E\u0434\u043E\u0445* \u043F\u043E\u0434\u044B\u0445\u0430* \u0432\u044B\u0436\u0438\u0433\u0430* \u0441\u0436\u0438\u0433\u0430* \u043A\u044B\u0440\u044B\u043B* \u0432\u044B\u0436\u0436\u0435\u0442 \u0432\u044B\u0436\u0435\u0447\u044C \u0432\u044B\u0436\u0438\u0433\u0430\u0435\u0442",
  remedy: "\u0437\u0430\u0449\u0438\u0449* \u0437\u0430\u0449\u0438\u0442* \u043F\u0440\u0435\u0434\u043E\u0445\u0440\u0430\u043D* \u0441\u043F\u0430\u0441\u0430* \u0441\u043F\u0430\u0441\u0435\u0442 \u0441\u043F\u0430\u0441\u0442* \u0441\u043F\u0430\u0441\u043B* \u0443\u0431\u0435\u0440\u0435\u0433\u0430* \u0443\u0431\u0435\u0440\u0435\u0436* \u043F\u0440\u043E\u0444\u0438\u043B\u0430\u043A\u0442* \u043A\u043E\u0440\u0433\u043E* \u043F\u043E\u043C\u043E\u0433\u0430* \u043F\u043E\u043C\u043E\u0436* \u043F\u043E\u043C\u043E\u0436\u0435\u0442 \u043F\u043E\u043C\u043E\u0433\u043B* \u0436\u0430\u0440\u0434\u0430\u043C* \u043B\u0435\u0447* \u0432\u044B\u043B\u0435\u0447* \u0438\u0437\u043B\u0435\u0447* \u0438\u0441\u0446\u0435\u043B* \u0434\u0430\u0440\u044B\u043B\u0430* \u0434\u0430\u0440\u044B\u043B\u043E\u043E* \u0430\u0439\u044B\u043A* \u0430\u0439\u044B\u043A\u0442* \u0430\u0439\u044B\u0433* \u043B\u0435\u043A\u0430\u0440\u0441\u0442\u0432* \u0441\u0440\u0435\u0434\u0441\u0442\u0432\u043E* \u0441\u0440\u0435\u0434\u0441\u0442\u0432\u0430 \u0438\u0437\u0431\u0430\u0432\u043B\u044F* \u0438\u0437\u0431\u0430\u0432* \u0442\u0430\u0431\u043B\u0435\u0442* \u043F\u0430\u043D\u0430\u0446\u0435* \u0432\u044B\u0437\u0434\u043E\u0440\u043E\u0432* \u0441\u0430\u043A\u0430\u0439* \u0441\u0430\u043A\u0430\u044F* +\u0434\u0430\u0440\u044B",
  garlic: "\u0447\u0435\u0441\u043D\u043E\u043A* \u0447\u0435\u0441\u043D\u043E\u0447* \u0441\u0430\u0440\u044B\u043C\u0441\u0430\u043A* \u0441\u0430\u0440\u044B\u043C\u0441\u0430\u0433* \u0447\u0435\u0441\u043D\u0430\u043A* \u0447\u0435\u0441\u043D\u043E\u0433*",
  hot: "\u0433\u043E\u0440\u044F\u0447* \u0433\u0430\u0440\u044F\u0447* \u043A\u0438\u043F\u044F\u0442* \u044B\u0441\u044B\u043A* \u044B\u0441\u044B\u0433\u044B* \u043A\u0430\u0439\u043D\u0430\u043A* \u043A\u0430\u0439\u043D\u0430\u0442* \u0436\u0430\u0440 \u0436\u0430\u0440\u0430 \u0436\u0430\u0440\u0435 \u0436\u0430\u0440\u0443 \u0436\u0430\u0440\u043A* \u0437\u043D\u043E\u0439* \u0436\u0430\u0439\u043A\u044B* \u0436\u0430\u0439\u044B\u043D\u0434\u0430 \u043B\u0435\u0442\u043E \u043B\u0435\u0442\u043E\u043C \u043B\u0435\u0442\u043D* \u0442\u0435\u043F\u043B* \u0436\u044B\u043B\u0443\u0443* \u0436\u044B\u043B\u044B\u0442* \u043D\u0430\u0433\u0440\u0435* \u043F\u0440\u043E\u0433\u0440\u0435* \u043F\u043E\u0433\u0440\u0435\u0442* \u044B\u0441\u044B\u0442*",
  bath: "\u0432\u0430\u043D\u043D* \u0431\u0430\u043D\u044F \u0431\u0430\u043D\u0435 \u0431\u0430\u043D\u044E \u0431\u0430\u043D\u0435\u0439 \u0431\u0430\u043D\u0438 \u0441\u0430\u0443\u043D\u0430* \u043F\u0430\u0440\u0438\u043B* \u043C\u043E\u043D\u0447\u043E* \u0431\u0443\u0443\u043B\u0430\u043D* \u0434\u0443\u0448 \u043A\u0443\u043F\u0430* \u0438\u0441\u043A\u0443\u043F\u0430* \u0431\u0430\u043D\u044C\u043A\u0430 \u0431\u0430\u043D\u044C\u043A\u0443 \u0431\u0430\u043D\u044C\u043A\u0435 \u0431\u0430\u043D\u044C\u043A\u043E\u0439",
  weather: "\u043F\u043E\u0433\u043E\u0434* \u043A\u043B\u0438\u043C\u0430\u0442* \u0430\u0431\u0430-\u044B\u0440\u0430\u0439* \u044B\u0440\u0430\u0439\u044B* \u044B\u0440\u0430\u0439\u044B\u043D\u0434\u0430",
  cold: "\u0445\u043E\u043B\u043E\u0434* \u043C\u043E\u0440\u043E\u0437* \u0441\u043D\u0435\u0433* \u0441\u043D\u0435\u0436* \u043A\u0430\u0440\u044B \u043A\u0430\u0440\u0434\u0430 \u043A\u0430\u0440\u0433\u0430 \u0437\u0438\u043C* \u043A\u044B\u0448\u0442\u0430 \u043C\u0438\u043D\u0443\u0441* \u0430\u044F\u0437* \u0441\u0443\u0443\u043A\u0442\u0430 \u0441\u0443\u0443\u043A\u043A\u0430 \u0441\u0443\u0443\u0433\u0443 \u0441\u0443\u0443\u043A\u0442\u0443 +\u043A\u0430\u0440 +\u043A\u044B\u0448 +\u0441\u0443\u0443\u043A",
  alcohol: "\u0432\u043E\u0434\u043A* \u0432\u043E\u0434\u043E\u0447\u043A* \u0441\u043F\u0438\u0440\u0442* \u0441\u043F\u0438\u0440\u0442\u043D* \u0430\u043B\u043A\u043E\u0433\u043E\u043B* \u0431\u0443\u0445\u043B* \u043A\u043E\u043D\u044C\u044F\u043A* \u0441\u0430\u043C\u043E\u0433\u043E\u043D* \u043F\u0438\u0432\u043E* \u0432\u0438\u0441\u043A\u0438* \u0448\u0430\u0440\u0430\u043F* \u0432\u043E\u0434\u044F\u0440* \u0432\u044B\u043F\u0438\u0432\u043A* \u0438\u0447\u0438\u043C\u0434\u0438\u043A* \u0433\u0440\u0430\u043C\u043C\u0443\u043B\u0435\u0447\u043A* \u0441\u0442\u043E\u043F\u043A* \u0441\u0442\u043E\u043F\u043E\u0447\u043A* \u0440\u044E\u043C\u043A* \u0440\u044E\u043C\u043E\u0447\u043A* +\u0430\u0440\u0430\u043A \u0431\u0443\u0445\u0430\u0442* \u0431\u0443\u0445\u0430\u0435* \u0431\u0443\u0445\u0430\u044E \u0431\u0443\u0445\u043D\u0443* \u0433\u0440\u0430\u043C\u043C \u0433\u0440\u0430\u043C\u043C\u0430 \u0433\u0440\u0430\u043C\u043C\u043E\u0432",
  drink: "\u043F\u0438\u0442\u044C \u043F\u044C\u0435\u0442 \u043F\u044C\u044E\u0442 \u043F\u044C\u0435\u0448\u044C \u0432\u044B\u043F\u0438\u0442\u044C \u0432\u044B\u043F\u0435\u0439 \u0432\u044B\u043F\u0438\u0432* \u0432\u044B\u043F\u044C\u044E \u043F\u0438\u0442\u044C\u0435* \u0438\u0447\u0441\u0435* \u0438\u0447\u043A\u0435\u043D* \u0438\u0447\u0438\u0448* \u0438\u0447\u04AF\u04AF* \u0438\u0447\u0443\u0443* \u0438\u0447\u0438\u043F \u0438\u0447\u0435\u0442 \u0438\u0447\u0438\u0448\u0435\u0442 \u0438\u0447\u043F\u0435* \u0438\u0447\u043A\u0438\u043B\u0435 \u0438\u0447\u0441\u0435\u04A3 \u0433\u043B\u043E\u0442* \u0433\u043B\u043E\u0442\u043E\u043A",
  disinfect: "\u0445\u043B\u043E\u0440* \u0445\u043B\u043E\u0440\u043A* \u043E\u0442\u0431\u0435\u043B\u0438\u0432* \u0431\u0435\u043B\u0438\u0437\u043D* \u0434\u0435\u0437\u0438\u043D\u0444\u0435\u043A* \u0434\u0435\u0437\u0438\u043D\u0444\u0438\u0446* \u0430\u043D\u0442\u0438\u0441\u0435\u043F\u0442\u0438\u043A* \u0441\u0430\u043D\u0438\u0442\u0430\u0439\u0437\u0435\u0440* \u0445\u043B\u043E\u0440\u0433\u0435\u043A\u0441\u0438\u0434* \u043F\u0435\u0440\u0435\u043A\u0438\u0441* \u043C\u0430\u0440\u0433\u0430\u043D\u0446* \u0434\u043E\u043C\u0435\u0441\u0442\u043E\u0441*",
  chloroquine: "\u0445\u043B\u043E\u0440\u043E\u0445\u0438\u043D* \u0433\u0438\u0434\u0440\u043E\u043A\u0441\u0438\u0445\u043B\u043E\u0440\u043E\u0445\u0438\u043D* \u0433\u0438\u0434\u0440\u043E\u043A\u0441\u0438\u0445\u043B\u043E\u0440* \u043F\u043B\u0430\u043A\u0432\u0435\u043D\u0438\u043B* \u0433\u0438\u0434\u0440\u043E\u0445\u043B\u043E\u0440\u043E\u0445\u0438\u043D*",
  spray: "\u043E\u0431\u0440\u044B\u0437\u0433* \u043E\u043F\u0440\u044B\u0441\u043A* \u0431\u0440\u044B\u0437\u0433* \u0440\u0430\u0441\u043F\u044B\u043B* \u043F\u043E\u0431\u0440\u044B\u0437\u0433* \u043D\u0430\u0442\u0438\u0440* \u043F\u0440\u043E\u0442\u0438\u0440* \u0447\u0430\u0447\u0441\u0430* \u0441\u0435\u043F* \u0441\u0435\u0431\u0435* \u0448\u0430\u0448\u044B\u043B* \u043E\u0431\u043B\u0438\u0442* \u043E\u0431\u043B\u0438\u0432* \u043E\u0431\u0442\u0438\u0440* \u043D\u0430\u0442\u0435\u0440\u0435* \u043F\u043E\u043B\u0438\u0432\u0430* \u0441\u0443\u0440\u0442* \u0447\u0430\u0447\u0441\u0430 \u0447\u0430\u0447\u044B\u043F \u0447\u0430\u0447\u0443\u0443 \u0447\u0430\u0447\u044B\u0448\u0430\u0442 \u0447\u0430\u0447\u043A\u0430\u043D \u0447\u0430\u0447\u0430\u0442 \u0447\u0430\u0447\u0441\u0430\u04A3",
  body: "\u0442\u0435\u043B\u043E \u0442\u0435\u043B\u0430 \u0442\u0435\u043B\u0443 \u0442\u0435\u043B\u043E\u043C \u0442\u0435\u043B\u0435 \u0434\u0435\u043D\u0435* \u0434\u0435\u043D\u0435\u0433\u0435 \u0434\u0435\u043D\u0435\u043D*",
  skin: "\u043A\u043E\u0436* \u0442\u0435\u0440\u0438\u043D\u0438 \u0442\u0435\u0440\u0438\u0433\u0435 \u0442\u0435\u0440\u0438\u0441\u0438\u043D* +\u0442\u0435\u0440\u0438",
  uv: "\u0443\u043B\u044C\u0442\u0440\u0430\u0444\u0438\u043E\u043B\u0435\u0442* \u0443\u043B\u044C\u0442\u0440\u0430\u0444\u0438\u0430\u043B\u0435\u0442* \u0443\u0444 \u043A\u0432\u0430\u0440\u0446* \u0443\u043B\u044C\u0442\u0440\u0430\u043A\u044B\u0437\u0433\u044B\u043B\u0442* \u0441\u043E\u043B\u043D\u0446* \u0437\u0430\u0433\u0430\u0440* \u0431\u0430\u043A\u0442\u0435\u0440\u0438\u0446\u0438\u0434* \u043E\u0431\u043B\u0443\u0447\u0430* \u043E\u0431\u043B\u0443\u0447\u0435\u043D\u0438*",
  lamp: "\u043B\u0430\u043C\u043F* \u043B\u0430\u043C\u043F\u043E\u0447*",
  dryer: "\u0441\u0443\u0448\u0438\u043B\u043A* \u0441\u0443\u0448\u0438\u043B* \u0441\u0443\u0448\u0438\u0442* \u0444\u0435\u043D \u0444\u0435\u043D\u044B \u0444\u0435\u043D\u043E\u043C \u043A\u0443\u0440\u0433\u0430\u0442* \u043A\u0443\u0440\u0433\u0430\u0442\u043A\u044B\u0447* \u0434\u0430\u0439\u0441\u043E\u043D* \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u0441\u0443\u0448*",
  hand: "\u0440\u0443\u043A\u0430 \u0440\u0443\u043A\u0438 \u0440\u0443\u043A \u0440\u0443\u043A\u0430\u043C\u0438 \u0440\u0443\u043A\u0430\u0445 \u0440\u0443\u043A\u0443 \u043A\u043E\u043B\u0434\u0443 \u043A\u043E\u043B\u0433\u043E \u043A\u043E\u043B\u0443\u043D \u043A\u043E\u043B\u0434\u043E\u0440\u0434\u0443 +\u043A\u043E\u043B",
  antibiotic: "\u0430\u043D\u0442\u0438\u0431\u0438\u043E\u0442* \u0430\u0437\u0438\u0442\u0440\u043E\u043C\u0438\u0446* \u0430\u043C\u043E\u043A\u0441\u0438\u0446* \u0446\u0435\u0444\u0442\u0440\u0438\u0430\u043A\u0441* \u0430\u043C\u043E\u043A\u0441\u0438\u043A\u043B* \u0430\u0437\u0438\u0442\u0440\u043E*",
  pneumonia: "\u043F\u043D\u0435\u0432\u043C\u043E\u043D* \u043F\u043D\u0435\u0432\u043C\u043E\u043A\u043E\u043A* \u0432\u043E\u0441\u043F\u0430\u043B\u0435\u043D* \u04E9\u043F\u043A\u04E9* \u043E\u043F\u043A\u043E*",
  breath: "\u0434\u044B\u0445\u0430\u043D* \u0434\u044B\u0448* \u0434\u044B\u0445\u0430\u0442* \u0437\u0430\u0434\u0435\u0440\u0436* \u0434\u0435\u043C\u0434\u0438 \u0434\u0435\u043C\u0438\u043D \u0434\u0435\u043C\u0438\u043D\u0434\u0438 \u043A\u0430\u0440\u043C\u0430\u0439* \u043A\u0430\u0440\u043C\u0430\u043F* \u0432\u0434\u043E\u0445* +\u0434\u0435\u043C",
  seconds: "\u0441\u0435\u043A\u0443\u043D\u0434*",
  mosquito: "\u043A\u043E\u043C\u0430\u0440* \u0447\u0438\u0440\u043A\u0435\u0439* \u043C\u0430\u0441\u0430\u043B\u0430\u0440 \u043C\u0430\u0441\u0430\u043B\u0430\u0440\u0434\u0430\u043D",
  bite: "\u0443\u043A\u0443\u0441* \u043A\u0443\u0441\u0430\u0442* \u043A\u0443\u0441\u0430\u0435\u0442 \u043A\u0443\u0441\u0430\u044E\u0442 \u043A\u0443\u0441\u0430\u043D\u0438* \u0447\u0430\u043A\u0441\u0430* \u0447\u0430\u0433\u0443\u0443* \u0447\u0430\u043A\u043A\u0430\u043D\u0434\u0430 \u0447\u0430\u0433\u044B\u043F \u0447\u0430\u043A\u0442\u044B \u0436\u0440\u0443\u0442 \u0436\u0440\u0435\u0442",
  fly: "\u043C\u0443\u0445* \u043C\u0443\u0448\u043A* \u0447\u044B\u043C\u044B\u043D*",
  insect: "\u043D\u0430\u0441\u0435\u043A\u043E\u043C* \u043A\u0443\u0440\u0442-\u043A\u0443\u043C\u0443\u0440\u0441\u043A\u0430* \u043A\u0443\u043C\u0443\u0440\u0441\u043A*",
  thermal: "\u0442\u0435\u043F\u043B\u043E\u0432\u0438\u0437* \u0442\u0435\u0440\u043C\u043E\u043C\u0435\u0442\u0440* \u0433\u0440\u0430\u0434\u0443\u0441\u043D\u0438\u043A* \u0441\u043A\u0430\u043D\u0435\u0440* \u0442\u0435\u0440\u043C\u043E\u0441\u043A\u0430\u043D\u0435\u0440* \u043F\u0438\u0440\u043E\u043C\u0435\u0442\u0440* \u0436\u044B\u043B\u0443\u0443\u043B\u0443\u043A* \u0431\u0435\u0441\u043A\u043E\u043D\u0442\u0430\u043A\u0442\u043D* \u043A\u0430\u043C\u0435\u0440* \u0442\u0435\u043F\u043B\u043E\u0432\u0430\u044F \u043B\u043E\u0431 \u043B\u0431\u0443",
  entrance: "\u0432\u0445\u043E\u0434* \u043A\u0438\u0440\u0435* \u043A\u0438\u0440\u044D\u044D\u0440* \u043A\u0438\u0440\u04AF\u04AF*",
  pepper: "\u043F\u0435\u0440\u0435\u0446* \u043F\u0435\u0440\u0446* \u043F\u0435\u0440\u0447* \u043A\u0430\u043B\u0435\u043C\u043F\u0438\u0440* \u043A\u0430\u043B\u0430\u043C\u043F\u044B\u0440* \u0447\u0438\u043B\u0438 \u043E\u0441\u0442\u0440* \u0430\u0447\u0443\u0443\u0441\u0443 \u0430\u0434\u0436\u0438\u043A* +\u0430\u0447\u0443\u0443",
  dna: "\u0434\u043D\u043A* \u0433\u0435\u043D \u0433\u0435\u043D\u044B \u0433\u0435\u043D\u043E\u0432 \u0433\u0435\u043D\u0435\u0442* \u0433\u0435\u043D\u043E\u043C* \u043C\u0440\u043D\u043A* \u0433\u0435\u043D\u043D\u043E \u0433\u0435\u043D\u043D\u043E\u043C\u043E\u0434\u0438\u0444\u0438\u0446*",
  change: "\u043C\u0435\u043D\u044F* \u0438\u0437\u043C\u0435\u043D* \u0438\u0437\u043C\u0435\u043D\u044F* \u0438\u0437\u043C\u0435\u043D\u0438\u0442* \u043C\u0443\u0442\u0438\u0440* \u04E9\u0437\u0433\u04E9\u0440* \u043E\u0437\u0433\u043E\u0440* \u043E\u0437\u043A\u043E\u0440* \u043F\u0435\u0440\u0435\u043F\u0438\u0441* \u043C\u043E\u0434\u0438\u0444\u0438\u0446* \u043C\u0443\u0442\u0430\u0446*",
  infertile: "\u0431\u0435\u0441\u043F\u043B\u043E\u0434* \u0441\u0442\u0435\u0440\u0438\u043B* \u0442\u0443\u043A\u0443\u043C\u0441\u0443\u0437* \u0442\u0443\u0443\u043C\u0441\u0443\u0437* \u0438\u043C\u043F\u043E\u0442\u0435\u043D* \u0434\u0435\u0442\u043E\u0440\u043E\u0434* \u0440\u0435\u043F\u0440\u043E\u0434\u0443\u043A\u0442* \u0437\u0430\u0447\u0430\u0442* \u0437\u0430\u0447\u0430\u0442\u044C \u0431\u0430\u043B\u0430\u0441\u044B\u0437* \u0437\u0430\u0431\u0435\u0440\u0435\u043C\u0435\u043D* \u0431\u0435\u0440\u0435\u043C\u0435\u043D\u0435\u0442\u044C \u0431\u043E\u044E\u043D\u0430 \u0431\u043E\u044E\u043D\u0434\u0430 \u0431\u0430\u043B\u0430\u043B\u0443\u0443* \u0442\u04E9\u0440\u04E9\u043B\u0431\u04E9* \u0442\u043E\u0440\u043E\u043B\u043F\u043E* \u0442\u043E\u0440\u043E\u043B\u0431\u043E* \u0440\u043E\u0434\u0438\u0442\u044C \u0440\u043E\u0436\u0430\u0442\u044C \u0440\u043E\u0434\u044F\u0442 \u0440\u043E\u0436\u0430\u044E\u0442 \u0431\u0435\u0437\u0434\u0435\u0442* \u0431\u0435\u0437\u0434\u0435\u0442\u043D* \u0442\u043E\u0440\u043E\u043F\u043E* \u0442\u04E9\u0440\u04E9\u0431\u04E9* \u0431\u0430\u043B\u0430-\u043A\u043E\u0440\u0431\u043E*",
  fast: "\u0431\u044B\u0441\u0442\u0440* \u0441\u043F\u0435\u0448* \u043F\u043E\u0441\u043F\u0435\u0448* \u0442\u0435\u0437\u0438\u043D\u0435\u043D \u0448\u0430\u0448\u044B\u043B* \u0448\u0430\u0448\u044B\u043F* \u0448\u0430\u0448\u044B\u043B\u044B\u0448* \u0442\u043E\u0440\u043E\u043F\u043B* \u043D\u0430\u0441\u043F\u0435\u0445 \u0441\u043B\u044F\u043F\u0430* \u0441\u043A\u043B\u0435\u043F\u0430* +\u0442\u0435\u0437",
  tested: "\u043F\u0440\u043E\u0432\u0435\u0440* \u0438\u0441\u043F\u044B\u0442* \u0442\u0435\u043A\u0448\u0435\u0440* \u0441\u044B\u043D\u0430\u043B\u0433\u0430\u043D* \u0441\u044B\u043D\u0430\u043B\u0431\u0430* \u0438\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D* \u044D\u043A\u0441\u043F\u0435\u0440\u0438\u043C\u0435\u043D\u0442* \u043F\u043E\u0434\u043E\u043F\u044B\u0442\u043D* \u0441\u044B\u043D\u043E\u043E\u0434\u043E\u043D \u0441\u044B\u043D\u0430\u0431\u0430* \u0441\u044B\u043D\u0430\u043F \u0441\u044B\u043D\u0430\u043B* +\u0441\u044B\u043D\u043E\u043E",
  mask: "\u043C\u0430\u0441\u043A* \u043C\u0430\u0441\u043E\u0447\u043D* \u0440\u0435\u0441\u043F\u0438\u0440\u0430\u0442\u043E\u0440* \u0431\u0435\u0442\u043A\u0430\u043F* \u0431\u0435\u0442-\u043A\u0430\u043F* \u043D\u0430\u043C\u043E\u0440\u0434\u043D\u0438\u043A* \u043D\u0430\u043C\u043E\u0440\u0434*",
  oxygen: "\u043A\u0438\u0441\u043B\u043E\u0440\u043E\u0434* \u043A\u044B\u0447\u043A\u044B\u043B\u0442\u0435\u043A* \u043A\u044B\u0447\u043A\u044B\u043B\u0442\u0435\u0433* \u0432\u043E\u0437\u0434\u0443\u0445*",
  co2: "\u0443\u0433\u043B\u0435\u043A\u0438\u0441\u043B* \u0441\u043E2 co2 \u043A\u04E9\u043C\u04AF\u0440-\u043A\u044B\u0447\u043A\u044B\u043B* \u043A\u043E\u043C\u0443\u0440-\u043A\u0438\u0447\u043A\u0438\u043B* \u043A\u04E9\u043C\u04AF\u0440\u043A\u044B\u0447\u043A\u044B\u043B*",
  suffocate: "\u0443\u0434\u0443\u0448* \u0437\u0430\u0434\u044B\u0445* \u0437\u0430\u0434\u043E\u0445\u043D* \u0442\u0443\u043C\u0447\u0443\u043A* \u0442\u0443\u043D\u0447\u0443\u043A* \u0434\u0435\u043C-\u0430\u043B*",
  poison: "\u043E\u0442\u0440\u0430\u0432\u043B* \u043E\u0442\u0440\u0430\u0432* \u0443\u0443\u043B\u0430\u043D* \u0443\u0443\u043B\u0430\u043D\u0434\u044B\u0440*",
  flu: "\u0433\u0440\u0438\u043F\u043F* \u0433\u0440\u0438\u043F* \u043F\u0440\u043E\u0441\u0442\u0443\u0434* \u043E\u0440\u0432\u0438 \u0441\u0430\u0441\u044B\u043A-\u0442\u0443\u043C\u043E\u043E* \u0442\u0443\u043C\u043E\u043E* \u0442\u0443\u043C\u043E\u043E\u0433\u043E \u0442\u0443\u043C\u043E\u043E\u0434\u043E\u043D \u043E\u0440\u0437",
  ordinary: "\u043E\u0431\u044B\u0447\u043D* \u043F\u0440\u043E\u0441\u0442* \u043F\u0440\u043E\u0441\u0442\u043E\u0439 \u043F\u0440\u043E\u0441\u0442\u0430\u044F \u0436\u04E9\u043D\u04E9\u043A\u04E9\u0439* \u0436\u043E\u043D\u043E\u043A\u043E\u0439* \u043A\u0430\u0434\u0438\u043C\u043A\u0438* \u0441\u0435\u0437\u043E\u043D\u043D* \u043E\u0431\u044B\u043A\u043D\u043E\u0432\u0435\u043D*",
  distinguish: "\u043E\u0442\u043B\u0438\u0447\u0430* \u043E\u0442\u043B\u0438\u0447\u0438\u0442* \u0440\u0430\u0437\u043B\u0438\u0447* \u043E\u0442\u043B\u0438\u0447* \u0430\u0439\u044B\u0440\u043C\u0430* \u0430\u0439\u044B\u0440\u043C\u0430\u043B\u0430* \u0430\u0439\u044B\u0440\u043C\u0430\u043B\u0430\u0439* \u043F\u0443\u0442\u0430\u0435\u0442 \u043F\u0443\u0442\u0430\u044E\u0442 \u043F\u0443\u0442\u0430\u0442\u044C \u043F\u0435\u0440\u0435\u043F\u0443\u0442\u0430* \u0430\u0436\u044B\u0440\u0430\u0442* \u0430\u0436\u044B\u0440\u0430\u0442\u0430*",
  pcr: "\u043F\u0446\u0440* \u043F\u043A\u0440* \u043F\u0446\u0440-\u0442\u0435\u0441\u0442*",
  test: "\u0442\u0435\u0441\u0442* \u0430\u043D\u0430\u043B\u0438\u0437* \u043C\u0430\u0437\u043E\u043A* \u0442\u0435\u043A\u0448\u0435\u0440\u04AF\u04AF*",
  child: "\u0434\u0435\u0442\u0438 \u0434\u0435\u0442\u0435\u0439 \u0434\u0435\u0442\u044F\u043C \u0434\u0435\u0442\u044C\u043C\u0438 \u0434\u0435\u0442\u044F\u0445 \u0440\u0435\u0431\u0435\u043D* \u0440\u0435\u0431\u0451\u043D* \u0434\u0435\u0442\u0441\u043A* \u0434\u0435\u0442\u0438\u0448\u043A* \u043C\u0430\u043B\u044B\u0448* \u0448\u043A\u043E\u043B\u044C\u043D\u0438\u043A* \u0431\u0430\u043B\u0434\u0430\u0440* \u0431\u0430\u043B\u0434\u0430\u0440\u0433\u0430 \u0431\u0430\u043B\u0434\u0430\u0440\u0434\u044B\u043D \u0431\u0430\u043B\u0430\u0433\u0430 \u0431\u0430\u043B\u0430\u043D\u044B \u0431\u04E9\u0431\u04E9\u043A* \u0431\u043E\u0431\u043E\u043A* \u043D\u0430\u0440\u0438\u0441\u0442\u0435* \u043F\u043E\u0434\u0440\u043E\u0441\u0442* \u0434\u043E\u0448\u043A\u043E\u043B\u044C* \u0434\u0438\u0442\u044F +\u0431\u0430\u043B\u0430",
  immunity: "\u0438\u043C\u043C\u0443\u043D\u0438\u0442* \u0430\u043D\u0442\u0438\u0442\u0435\u043B* \u0438\u043C\u043C\u0443\u043D*",
  safe: "\u0431\u0435\u0437\u043E\u043F\u0430\u0441* \u043E\u043F\u0430\u0441\u043D* \u043A\u043E\u043E\u043F\u0441\u0443\u0437* \u043A\u043E\u0440\u043A\u0443\u043D\u0443\u0447* \u043A\u043E\u0440\u043A\u0443\u043D\u0443\u0447\u0442\u0443\u0443* \u0440\u0438\u0441\u043A*",
  again: "\u043F\u043E\u0432\u0442\u043E\u0440* \u0441\u043D\u043E\u0432\u0430 \u043E\u043F\u044F\u0442\u044C \u043A\u0430\u0439\u0440\u0430\u0434\u0430\u043D \u043A\u0430\u0439\u0442\u0430\u043B\u0430\u043D* \u0435\u0449\u0435-\u0440\u0430\u0437 +\u043A\u0430\u0439\u0440\u0430",
  symptom: "\u0441\u0438\u043C\u043F\u0442\u043E\u043C* \u0431\u0435\u0441\u0441\u0438\u043C\u043F\u0442\u043E\u043C* \u0431\u0435\u043B\u0433\u0438* \u0431\u0435\u043B\u0433\u0438\u043B\u0435\u0440* \u043F\u0440\u0438\u0437\u043D\u0430\u043A*",
  signs: "\u0442\u0435\u043C\u043F\u0435\u0440\u0430\u0442\u0443\u0440* \u043A\u044B\u0437\u0443\u0443* \u043A\u0430\u0448\u043B* \u0436\u04E9\u0442\u04E9\u043B* \u0436\u043E\u0442\u043E\u043B* \u0447\u0438\u0445\u0430* \u043D\u0430\u0441\u043C\u043E\u0440\u043A*",
  lack: "\u043D\u0435\u0445\u0432\u0430\u0442\u043A* \u0445\u0432\u0430\u0442\u0438\u0442 \u0445\u0432\u0430\u0442\u0430\u0435\u0442 \u0445\u0432\u0430\u0442\u0430\u0442\u044C \u0436\u0435\u0442\u043F\u0435\u0439* \u0436\u0435\u0442\u0438\u0448\u0441\u0438\u0437* \u0436\u0435\u0442\u043F\u0435* \u043D\u0435\u0434\u043E\u0441\u0442\u0430\u0442* \u0434\u0435\u0444\u0438\u0446\u0438\u0442*",
  water: "\u0441\u0443\u0443\u0441\u0443 \u0441\u0443\u0443\u0433\u0430 \u0441\u0443\u0443\u043D\u0443\u043D \u0441\u0443\u0443\u0441\u0443\u043D \u0441\u0443\u0443\u043D\u0443 \u0432\u043E\u0434\u0430 \u0432\u043E\u0434\u044B \u0432\u043E\u0434\u0443 \u0432\u043E\u0434\u043E\u0439 \u0432\u043E\u0434\u0438\u0447\u043A* \u0432\u043E\u0434\u043D* \u0441\u0443\u0443",
  unvaccinated: "\u043D\u0435\u043F\u0440\u0438\u0432\u0438\u0442* \u043D\u0435\u043F\u0440\u0438\u0432\u0438\u0432* \u043D\u0435\u0432\u0430\u043A\u0446\u0438\u043D* \u044D\u043C\u0434\u0435\u043B\u0431\u0435* \u044D\u043C\u0434\u0435\u043B\u0431\u0435\u0433\u0435\u043D* \u044D\u043C\u0434\u0435\u0442\u043F\u0435*",
  detect: "\u043F\u043E\u043A\u0430\u0437\u044B\u0432\u0430* \u043F\u043E\u043A\u0430\u0436\u0435\u0442 \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u044F* \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u0438\u0442* \u0432\u044B\u044F\u0432\u043B\u044F* \u0432\u044B\u044F\u0432\u0438\u0442* \u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430* \u043A\u04E9\u0440\u0441\u04E9\u0442* \u043A\u043E\u0440\u0441\u043E\u0442* \u0430\u043D\u044B\u043A\u0442\u0430* \u04E9\u043B\u0447\u04E9* \u043E\u043B\u0447\u043E* \u0438\u0437\u043C\u0435\u0440\u044F* \u043D\u0430\u0445\u043E\u0434\u0438\u0442 \u0432\u0438\u0434\u0438\u0442 \u0443\u0432\u0438\u0434\u0438\u0442 \u0442\u0430\u0430\u043D\u044B\u043F \u0442\u0430\u0430\u043D\u044B\u0439\u0442 \u0442\u0430\u0430\u043D\u044B\u0442 \u0442\u0430\u0430\u043D\u044B\u0439 \u0442\u0430\u0430\u043D\u044B\u0448",
  soap: "\u0441\u0430\u043C\u044B\u043D* \u043C\u044B\u043B\u043E \u043C\u044B\u043B\u0430 \u043C\u044B\u043B\u043E\u043C \u043C\u044B\u043B\u0443 \u043C\u044B\u043B\u0435 \u043C\u044B\u043B\u044C\u043D* \u043C\u044B\u043B\u0435\u043D*",
  wash: "\u043C\u044B\u0442\u044C \u043C\u043E\u0435\u0442 \u043C\u043E\u044E\u0442 \u043C\u043E\u044E \u043C\u044B\u0442\u044C\u0435* \u043C\u044B\u0442\u044C\u044F* \u043F\u043E\u043C\u044B\u0432* \u043F\u043E\u043C\u044B\u0442\u044C \u0432\u044B\u043C\u044B\u0442\u044C \u0436\u0443\u0443\u043D* \u0436\u0443\u0443\u0441\u0430* \u0436\u0443\u0443\u0433\u0443\u043B\u0430* \u0436\u0443\u0443\u0433\u0430\u043D\u0434\u0430\u043D \u0436\u0443\u0443 \u0436\u0443\u0443\u043D\u0443 \u0436\u0443\u0443\u0433\u0430 \u0436\u0443\u0443\u043D\u0443\u0443 \u0436\u0443\u0443\u043D\u0443\u043F \u0436\u0443\u0443\u043D\u0441\u0430 \u043A\u043E\u043B\u0436\u0443\u0443",
  surface: "\u0441\u0442\u043E\u043B\u0435 \u0441\u0442\u043E\u043B\u0443 \u0441\u0442\u043E\u043B\u0430\u0445 \u0441\u0442\u043E\u043B\u0434\u0443\u043D \u0441\u0442\u043E\u043B\u0434\u043E \u04AF\u0441\u0442\u04AF\u043D\u0434\u04E9 \u0443\u0441\u0442\u0443\u043D\u0434\u043E \u04AF\u0441\u0442\u04AF\u043D\u04E9 \u043F\u043E\u0432\u0435\u0440\u0445\u043D\u043E\u0441\u0442* \u043F\u0440\u0435\u0434\u043C\u0435\u0442* \u0432\u0435\u0449\u0438 \u0432\u0435\u0449\u0430\u0445 \u0432\u0435\u0449\u0430\u043C \u0432\u0435\u0449\u0435\u0439 \u0440\u0443\u0447\u043A* \u0431\u0443\u044E\u043C* \u0431\u0435\u0442\u0438\u043D\u0434\u0435 \u0431\u0435\u0442\u0442\u0435\u0440\u0434\u0435 \u0431\u0435\u0442\u0442\u0435 \u0434\u0432\u0435\u0440\u043D* \u043A\u043D\u043E\u043F\u043A* \u0443\u043F\u0430\u043A\u043E\u0432\u043A* \u043F\u043E\u0441\u044B\u043B\u043A* \u043A\u0443\u043F\u044E\u0440* \u0442\u0443\u0442\u043A\u0430* \u0442\u0443\u0442\u043A\u0430\u0441* +\u0441\u0442\u043E\u043B",
  survive: "\u0441\u043E\u0445\u0440\u0430\u043D* \u0432\u044B\u0436\u0438\u0432* \u0436\u0438\u0432\u0435\u0442 \u0436\u0438\u0432\u0443\u0442 \u0436\u0438\u0432\u0451\u0442 \u0436\u0438\u0432 \u0441\u0430\u043A\u0442\u0430\u043B* \u0441\u0430\u043A\u0442\u0430\u043B\u044B* \u0442\u0438\u0440\u04AF\u04AF* \u0442\u0438\u0440\u0443\u0443*",
  issyk_root: "\u0438\u0441\u0441\u044B\u043A-\u043A\u0443\u043B* \u0438\u0441\u0441\u044B\u043A\u0443\u043B* \u044B\u0441\u044B\u043A-\u043A\u04E9\u043B* \u044B\u0441\u044B\u043A\u043A\u04E9\u043B* \u044B\u0441\u044B\u043A-\u043A\u043E\u043B* issyk-kul* \u0430\u043A\u043E\u043D\u0438\u0442* \u0436\u0443\u043D\u0433\u0430\u0440* \u0434\u0436\u0443\u043D\u0433\u0430\u0440* \u0431\u043E\u0440\u0435\u0446*",
  root: "\u043A\u043E\u0440\u0435\u043D\u044C \u043A\u043E\u0440\u043D* \u043A\u043E\u0440\u043D\u0438 \u043A\u043E\u0440\u043D\u044F \u0442\u0430\u043C\u044B\u0440* \u0442\u0430\u043C\u044B\u0440\u044B\u043D*",
  archa: "\u0430\u0440\u0447\u0430* \u0430\u0440\u0447\u0438 \u0430\u0440\u0447\u0443 \u0430\u0440\u0447\u043E\u0439 \u043C\u043E\u0436\u0436\u0435\u0432\u0435\u043B* \u0430\u043B\u0430\u0441\u0442* \u043E\u043A\u0443\u0440\u0438* \u043E\u043A\u0443\u0440\u0438\u0432\u0430\u043D*",
  smoke: "\u0434\u044B\u043C \u0434\u044B\u043C\u0430 \u0434\u044B\u043C\u043E\u043C \u0434\u044B\u043C\u0443 \u0434\u044B\u043C\u043E\u0432* \u0442\u04AF\u0442\u04AF\u043D* \u0442\u0443\u0442\u0443\u043D* \u0442\u04AF\u0442\u04E9\u0442* \u0442\u0443\u0442\u043E\u0442* \u0442\u04AF\u0442\u04E9\u0442\u0441\u04E9* \u0437\u0430\u0434\u044B\u043C\u043B* \u0434\u044B\u043C\u0438\u0442*",
  kumys: "\u043A\u0443\u043C\u044B\u0441* \u043A\u044B\u043C\u044B\u0437* \u043A\u0438\u043C\u0438\u0437* \u0448\u0443\u0431\u0430\u0442* \u043A\u043E\u0431\u044B\u043B\u044C*",
  salt: "\u0441\u043E\u043B\u044C \u0441\u043E\u043B\u0438 \u0441\u043E\u043B\u044C\u044E \u0441\u043E\u043B\u0435\u043D* \u0441\u043E\u043B\u0435\u0432* \u0441\u043E\u043B\u0451\u043D* \u0442\u0443\u0437\u0434\u0443\u0443* \u0442\u0443\u0437\u0434\u0443* \u0442\u0443\u0437\u0434* +\u0442\u0443\u0437",
  gargle: "\u043F\u043E\u043B\u043E\u0441\u043A* \u043F\u043E\u043B\u043E\u0441\u043A\u0430\u043D* \u043F\u0440\u043E\u043F\u043E\u043B\u043E\u0441* \u0447\u0430\u0439\u043A\u043E* \u0447\u0430\u0439\u043A\u0430* \u0447\u0430\u0439\u043A\u043E\u043E* \u0448\u0430\u0439\u043A\u043E* \u043F\u0440\u043E\u043C\u044B\u0432\u0430* \u043F\u0440\u043E\u043C\u044B\u0432*",
  throat: "\u0433\u043E\u0440\u043B* \u0433\u043B\u043E\u0442\u043A* \u043A\u0435\u043A\u0438\u0440\u0442\u0435\u043A* \u0442\u0430\u043C\u0430\u043A\u0442\u044B \u0442\u0430\u043C\u0430\u0433\u044B\u043D*",
  tea: "\u0447\u0430\u0438 \u0447\u0430\u044F \u0447\u0430\u0435\u043C \u0447\u0430\u044E \u0447\u0430\u0439\u044B \u0447\u0430\u0439\u0434\u044B \u0447\u0430\u0439\u0434\u0430\u043D +\u0447\u0430\u0439",
  stomach: "\u0436\u0435\u043B\u0443\u0434* \u0430\u0448\u043A\u0430\u0437\u0430\u043D* \u0430\u0448\u043A\u0430\u0437\u0430\u043D\u0433\u0430 \u0436\u0438\u0432\u043E\u0442* \u043A\u0438\u0448\u0435\u0447\u043D*",
  washdown: "\u0441\u043C\u044B\u0432\u0430* \u0441\u043C\u044B\u0442\u044C \u0441\u043C\u043E\u0435\u0442 \u0430\u0433\u044B\u0437* \u0430\u0433\u044B\u0437\u044B\u043F* \u0430\u0433\u044B\u043F* \u0441\u043C\u044B\u0432* \u0441\u043C\u044B\u043B*",
  lab: "\u043B\u0430\u0431\u043E\u0440\u0430\u0442\u043E\u0440* \u043B\u0430\u0431 \u043B\u0430\u0431\u0435 \u0443\u0445\u0430\u043D* \u0432\u0443\u0445\u0430\u043D* \u0431\u0438\u043E\u043B\u0430\u0431* \u043B\u0430\u0431\u0430\u0440\u0430\u0442*",
  weapon: "\u043E\u0440\u0443\u0436* \u0431\u0438\u043E\u043E\u0440\u0443\u0436* \u043A\u0443\u0440\u0430\u043B* \u043A\u0443\u0440\u0430\u043B-\u0436\u0430\u0440\u0430\u043A* \u0431\u0438\u043E\u043B\u043E\u0433\u0438\u0447\u0435\u0441\u043A*",
  manmade: "\u0438\u0441\u043A\u0443\u0441\u0441\u0442\u0432\u0435\u043D* \u0441\u043E\u0437\u0434\u0430* \u0441\u043E\u0437\u0434\u0430\u043B* \u0436\u0430\u0441\u0430\u043B\u043C\u0430* \u0436\u0430\u0441\u0430\u0448\u043A\u0430\u043D* \u043F\u0440\u0438\u0434\u0443\u043C\u0430\u043B* \u0432\u044B\u0432\u0435\u043B* \u0441\u0438\u043D\u0442\u0435\u0437\u0438\u0440*",
  vitamin: "\u0432\u0438\u0442\u0430\u043C\u0438\u043D* \u0430\u0441\u043A\u043E\u0440\u0431\u0438\u043D* \u0446\u0438\u043D\u043A* \u0432\u0438\u0442\u0430\u043C\u0438\u043D\u044B \u0432\u0438\u0442\u0430\u043C\u0438\u043D",
  ivermectin: "\u0438\u0432\u0435\u0440\u043C\u0435\u043A\u0442\u0438\u043D* \u0438\u0432\u0435\u0440\u043C\u0438\u043A\u0442\u0438\u043D* \u0438\u0432\u0435\u0440\u043C\u0435\u043A* ivermectin* \u0438\u0432\u0435\u0440*",
  herd: "\u043A\u043E\u043B\u043B\u0435\u043A\u0442\u0438\u0432* \u043F\u043E\u043F\u0443\u043B\u044F\u0446\u0438\u043E\u043D* \u0441\u0442\u0430\u0434\u043D* \u043C\u0430\u0441\u0441\u043E\u0432* \u0436\u0430\u043C\u0430\u0430\u0442\u0442*"
};
var PHRASES = [
  [["\u043F\u044F\u0442\u043E\u0433\u043E", "\u043F\u043E\u043A\u043E\u043B\u0435\u043D"], "5\u0433"],
  [["\u0432\u044B\u0448\u043A", "\u0441\u0432\u044F\u0437\u0438"], "\u0432\u044B\u0448\u043A\u0430 5\u0433"],
  [["\u0432\u044B\u0448\u0435\u043A", "\u0441\u0432\u044F\u0437\u0438"], "\u0432\u044B\u0448\u043A\u0430 5\u0433"],
  [["\u043A\u0443\u0440\u0442", "\u0434\u0430\u0440\u044B"], "\u0438\u0432\u0435\u0440\u043C\u0435\u043A\u0442\u0438\u043D"],
  [["\u043F\u044F\u0442\u043E\u0435", "\u043F\u043E\u043A\u043E\u043B\u0435\u043D"], "5\u0433"],
  [["\u043A\u043E\u0432\u0438\u0434", "\u0431\u043E\u043B\u0443\u043F"], "\u043A\u043E\u0432\u0438\u0434 \u0437\u0430\u0431\u043E\u043B\u0435\u0442\u044C"],
  [["\u043A\u043E\u0432\u0438\u0434", "\u0431\u043E\u043B\u0433\u043E\u043D"], "\u043A\u043E\u0432\u0438\u0434 \u0437\u0430\u0431\u043E\u043B\u0435\u0442\u044C"],
  [["\u043A\u043E\u0440\u043E\u043D\u0430", "\u0431\u043E\u043B\u0443\u043F"], "\u043A\u043E\u0432\u0438\u0434 \u0437\u0430\u0431\u043E\u043B\u0435\u0442\u044C"],
  [["\u043E\u043E\u0440\u0443\u043F", "\u0447\u044B\u043A"], "\u043F\u0435\u0440\u0435\u0431\u043E\u043B\u0435\u0442\u044C"],
  [["\u043E\u043E\u0440\u0443\u043F", "\u04E9\u0442"], "\u043F\u0435\u0440\u0435\u0431\u043E\u043B\u0435\u0442\u044C"],
  [["\u043E\u043E\u0440\u0443\u043F", "\u0430\u0439\u044B\u043A"], "\u043F\u0435\u0440\u0435\u0431\u043E\u043B\u0435\u0442\u044C"],
  [["\u043D\u0435", "\u0431\u0443\u0434\u0435\u0442", "\u0434\u0435\u0442\u0435\u0439"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u0434\u0435\u0442\u0435\u0439", "\u043D\u0435", "\u0431\u0443\u0434\u0435\u0442"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u043D\u0435", "\u0441\u043C\u043E\u0436\u0435\u0442", "\u0440\u043E\u0434\u0438\u0442\u044C"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u043D\u0435", "\u0441\u043C\u043E\u0433\u0443\u0442", "\u0440\u043E\u0434\u0438\u0442\u044C"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u043D\u0435", "\u0441\u043C\u043E\u0436\u0435\u0442", "\u0438\u043C\u0435\u0442\u044C", "\u0434\u0435\u0442\u0435\u0439"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u043D\u0435", "\u0441\u043C\u043E\u0436\u0435\u0442", "\u0437\u0430\u0431\u0435\u0440\u0435\u043C\u0435\u043D\u0435\u0442\u044C"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u0431\u0430\u043B\u0430", "\u043A\u04E9\u0440\u04E9", "\u0430\u043B"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u0431\u0430\u043B\u0430", "\u043A\u043E\u0440\u043E", "\u0430\u043B"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u0431\u0430\u043B\u0430", "\u0442\u04E9\u0440\u04E9\u0439", "\u0430\u043B"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"],
  [["\u0431\u0430\u043B\u0430", "\u0442\u04E9\u0440\u04E9\u043B\u0431\u04E9"], "\u0431\u0435\u0437\u0434\u0435\u0442\u043D"]
];
var COMPOUNDS = [
  ["\u0431\u0435\u0442", "\u043A\u0430\u043F", "\u0431\u0435\u0442\u043A\u0430\u043F"],
  ["\u0441\u0430\u0441\u044B\u043A", "\u0442\u0443\u043C\u043E\u043E", "\u0441\u0430\u0441\u044B\u043A-\u0442\u0443\u043C\u043E\u043E"],
  ["\u044B\u0441\u044B\u043A", "\u043A\u04E9\u043B", "\u044B\u0441\u044B\u043A-\u043A\u04E9\u043B"],
  ["\u0438\u0441\u0441\u044B\u043A", "\u043A\u0443\u043B\u044C", "\u0438\u0441\u0441\u044B\u043A-\u043A\u0443\u043B"],
  ["\u0438\u0441\u0441\u044B\u043A", "\u043A\u0443\u043B", "\u0438\u0441\u0441\u044B\u043A-\u043A\u0443\u043B"],
  ["issyk", "kul", "\u0438\u0441\u0441\u044B\u043A-\u043A\u0443\u043B"],
  ["\u0430\u0431\u0430", "\u044B\u0440\u0430\u0439\u044B", "\u0430\u0431\u0430-\u044B\u0440\u0430\u0439"],
  ["\u0430\u0431\u0430", "\u044B\u0440\u0430\u0439\u044B\u043D\u0434\u0430", "\u0430\u0431\u0430-\u044B\u0440\u0430\u0439"],
  ["\u043A\u04E9\u043C\u04AF\u0440", "\u043A\u044B\u0447\u043A\u044B\u043B", "\u043A\u04E9\u043C\u04AF\u0440-\u043A\u044B\u0447\u043A\u044B\u043B"],
  ["5", "g", "5\u0433"],
  ["5", "\u0433", "5\u0433"],
  ["5", "\u0434\u0436\u0438", "5\u0433"],
  ["\u043F\u0446\u0440", "\u0442\u0435\u0441\u0442", "\u043F\u0446\u0440-\u0442\u0435\u0441\u0442"],
  ["\u0435\u0449\u0435", "\u0440\u0430\u0437", "\u0435\u0449\u0435-\u0440\u0430\u0437"],
  ["\u0435\u0449\u0451", "\u0440\u0430\u0437", "\u0435\u0449\u0435-\u0440\u0430\u0437"],
  ["\u0434\u0435\u043C", "\u0430\u043B", "\u0434\u0435\u043C-\u0430\u043B"],
  ["\u0436\u043E\u043A", "\u0431\u043E\u043B\u043E\u0442", "\u0436\u043E\u043A-\u0431\u043E\u043B"],
  ["\u0436\u043E\u043A", "\u0431\u043E\u043B\u0443\u043F", "\u0436\u043E\u043A-\u0431\u043E\u043B"],
  ["\u0436\u043E\u043A", "\u043A\u044B\u043B", "\u0436\u043E\u043A-\u043A\u044B\u043B"],
  ["\u0431\u0430\u043B\u0430", "\u043A\u04E9\u0440\u0431\u04E9", "\u0431\u0430\u043B\u0430-\u043A\u043E\u0440\u0431\u043E"],
  ["\u0431\u0430\u043B\u0430", "\u043A\u043E\u0440\u0431\u043E", "\u0431\u0430\u043B\u0430-\u043A\u043E\u0440\u0431\u043E"]
];

// src/domain/factchecks/text.ts
var LATIN_GROUPS = [
  ["shch", "\u0449"],
  ["sch", "\u0449"],
  ["sh", "\u0448"],
  ["ch", "\u0447"],
  ["zh", "\u0436"],
  ["dj", "\u0436"],
  ["dzh", "\u0436"],
  ["kh", "\u0445"],
  ["gh", "\u0433"],
  ["ts", "\u0446"],
  ["ya", "\u044F"],
  ["ia", "\u044F"],
  ["yu", "\u044E"],
  ["iu", "\u044E"],
  ["yo", "\u0435"],
  ["ye", "\u0435"],
  ["o'", "\u04E9"],
  ["u'", "\u04AF"],
  ["o`", "\u04E9"],
  ["u`", "\u04AF"]
];
var LATIN_LETTERS = {
  a: "\u0430",
  b: "\u0431",
  d: "\u0434",
  e: "\u0435",
  f: "\u0444",
  g: "\u0433",
  h: "\u0445",
  i: "\u0438",
  j: "\u0436",
  k: "\u043A",
  l: "\u043B",
  m: "\u043C",
  n: "\u043D",
  o: "\u043E",
  p: "\u043F",
  q: "\u043A",
  r: "\u0440",
  s: "\u0441",
  t: "\u0442",
  u: "\u0443",
  v: "\u0432",
  w: "\u0448",
  x: "\u0445",
  y: "\u044B",
  z: "\u0437",
  "'": "\u044C",
  "`": "\u044C",
  "\xF6": "\u04E9",
  "\xFC": "\u04AF",
  "\u0131": "\u044B",
  "\xE7": "\u0447",
  "\u015F": "\u0448",
  "\xF1": "\u04A3",
  "\u011F": "\u0433",
  // Digits that stand for letters inside Latin words ("4to", "xoro6o").
  "4": "\u0447",
  "6": "\u0448"
};
var LATIN_VOWELS = new Set("aeiouy");
function transliterate(word) {
  let out = "";
  for (let i = 0; i < word.length; ) {
    if ((word.startsWith("oe", i) || word.startsWith("ue", i)) && i + 2 < word.length) {
      out += word[i] === "o" ? "\u04E9" : "\u04AF";
      i += 2;
      continue;
    }
    if (word.startsWith("ng", i) && i > 0 && !LATIN_VOWELS.has(word[i + 2] ?? "")) {
      out += "\u04A3";
      i += 2;
      continue;
    }
    const group = LATIN_GROUPS.find(([latin]) => word.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const c = word[i];
    out += c === "c" ? "eiy".includes(word[i + 1] ?? "") ? "\u0446" : "\u043A" : LATIN_LETTERS[c] ?? c;
    i++;
  }
  return out;
}
var FOLD = { \u0451: "\u0435", \u044B: "\u0438", \u0439: "\u0438", \u044D: "\u0435", \u044C: "", \u044A: "", \u04A3: "\u043D", \u04E9: "\u043E", \u04AF: "\u0443", \u04D9: "\u0430", \u0456: "\u0438", \u0433: "\u043A", \u0431: "\u043F", \u0449: "\u0448", "\u2019": "", "'": "", "`": "" };
var LATIN = /[a-zöüıçşñğ]/;
function cyrillic(word) {
  const lower = word.toLowerCase();
  return (LATIN.test(lower) && !/^\d+[a-z]$/.test(lower) ? transliterate(lower) : lower.replace(/^(\d+)g$/, "$1\u0433")).replace(/ё/g, "\u0435");
}
function fold(word) {
  let out = "";
  for (const c of word) {
    const f = FOLD[c] ?? c;
    if (f.length === 1 && out.endsWith(f)) continue;
    out += f;
  }
  return out;
}
var vowelMask = (folded) => folded.replace(/[аеиоуяю]/g, "\u0430");
var foldWord = (word) => fold(cyrillic(word));
var words = (list) => list.split(" ").filter(Boolean).map(foldWord);
var KY_STOP = new Set(
  words(
    "\u0436\u0430\u043D\u0430 \u043C\u0435\u043D\u0435\u043D \u0431\u0443\u043B \u0430\u043B \u0443\u0448\u0443\u043B \u0443\u0447\u0443\u043D \u0434\u0435\u043F \u0434\u0430 \u0434\u0430\u0433\u044B \u044D\u043C\u0435\u0441 \u0431\u0430\u0440 \u043C\u0435\u043D \u0441\u0435\u043D \u0431\u0438\u0437 \u0441\u0438\u043B\u0435\u0440 \u0430\u043B\u0430\u0440 \u0430\u043D\u044B\u043D \u0431\u043E\u043B\u043E\u0442 \u0431\u043E\u043B\u0443\u043F \u043A\u0435\u0440\u0435\u043A \u044D\u0447 \u0430\u0440 \u0431\u0438\u0440 \u043E\u0448\u043E\u043B \u0436\u0435 \u0431\u0438\u0440\u043E\u043A \u0447\u044B\u043D \u0447\u044B\u043D\u0431\u044B \u044D\u043A\u0435\u043D \u044D\u043A\u0435\u043D\u0431\u0438 \u0434\u0435\u0439\u0442 \u0434\u0435\u0448\u0435\u0442 \u0430\u0439\u0442\u044B\u0448\u0430\u0442 \u0443\u043A\u0442\u0443\u043C \u0443\u0433\u0443\u043F\u0442\u0443\u0440\u043C\u0443\u043D \u0443\u043A\u043A\u0430\u043D\u043C\u044B\u043D \u044B\u0440\u0430\u0441 \u044B\u0440\u0430\u0441\u043F\u044B \u0433\u043E \u043A\u043E \u043C\u044B \u0431\u044B \u0431\u0443 \u043E\u0448\u043E\u043D\u0434\u043E \u0430\u043D\u0434\u0430\u043D \u0430\u043D\u0434\u0430 \u043C\u0430\u0433\u0430 \u0441\u0430\u0433\u0430 \u0431\u0438\u0437\u0433\u0435 \u0430\u0433\u0430 \u0430\u043B\u0430\u0440\u0433\u0430 \u043A\u0430\u043D\u0434\u0430\u0439 \u043A\u0430\u043D\u0442\u0438\u043F \u044D\u043C\u043D\u0435 \u044D\u043C\u043D\u0435\u0433\u0435 \u043E\u043E\u0431\u0430 \u0436\u043E\u043A \u0430\u0434\u0430\u043C\u0434\u0430\u0440 \u043A\u0438\u0448\u0438 \u0430\u0434\u0430\u043C \u0430\u043B\u044B\u043F \u043A\u0435\u043B\u0435\u0442 \u043A\u0438\u0439\u0438\u043D \u043A\u0430\u043B\u0430\u0442 \u043A\u0430\u043B\u0434\u044B \u0438\u043C\u0438\u0448 \u0434\u0435\u0439\u0431\u0438 \u0434\u0435\u0433\u0435\u043D \u0434\u0435\u0448\u0442\u0438 \u0430\u0439\u0442\u0430\u0442 \u0430\u0439\u0442\u0442\u044B \u0430\u0439\u0442\u044B\u043F \u0430\u0439\u0442\u044B\u0448\u0442\u044B \u0436\u0430\u0442\u0430\u0442 \u0436\u0430\u0442\u044B\u0448\u0430\u0442 \u0436\u0430\u0442\u044B\u0448\u043F\u0430\u0439\u0431\u044B \u0442\u0443\u0443\u0440\u0430\u043B\u0443\u0443 \u0436\u04E9\u043D\u04AF\u043D\u0434\u04E9 \u0431\u0430\u0430\u0440\u044B \u0431\u0430\u0440\u0434\u044B\u0433\u044B \u0431\u0430\u0430\u0440\u044B\u043D\u0430 \u0431\u0430\u0430\u0440\u044B\u0431\u044B\u0437 \u043A\u0438\u043C \u043A\u0438\u043C\u0434\u0438\u0440 \u0431\u0438\u0440\u04E9\u04E9 \u043E\u0448\u0435\u043D\u0442\u0438\u043F \u043E\u0448\u043E\u043D\u0434\u0443\u043A\u0442\u0430\u043D \u0441\u0435\u0431\u0435\u0431\u0438 \u0430\u043D\u0442\u043A\u0435\u043D\u0438 \u044D\u0433\u0435\u0440 \u044D\u0433\u0435\u0440\u0434\u0435 \u043A\u0430\u0447\u0430\u043D \u0430\u0437\u044B\u0440 \u0434\u0430\u0439\u044B\u043C\u0430 \u0441\u0430\u043B\u0430\u043C \u0441\u0430\u043B\u0430\u043C\u0430\u0442\u0441\u044B\u0437\u0431\u044B \u0440\u0430\u0445\u043C\u0430\u0442 \u0441\u0443\u0440\u0430\u043D\u044B\u0447 \u0431\u0438\u043B\u0435\u0441\u0438\u04A3\u0435\u0440\u0431\u0438 \u0431\u0438\u043B\u0433\u0438\u043B\u0435 \u0431\u04E9\u043B\u04AF\u0448\u043A\u04AF\u043B\u04E9 \u0436\u0438\u0431\u0435\u0440\u0433\u0438\u043B\u0435 \u043A\u043E\u0439\u0433\u0443\u043B\u0430 \u043A\u0430\u0431\u0430\u0440 \u043C\u0430\u0430\u043B\u044B\u043C\u0430\u0442 \u0443\u0433\u0443\u043F \u043A\u04E9\u0440\u0434\u04AF\u043C \u043A\u04E9\u0440\u04AF\u043F \u0436\u043E\u043A\u043C\u0443\u043D \u0436\u043E\u043A\u043F\u0443\u0437 \u0430\u043B\u0443\u0443 \u0430\u043B\u0433\u0430\u043D \u0430\u043B\u0433\u0430\u043D\u0434\u0430\u043D \u0430\u043B\u0433\u0430\u043D\u0434\u0430\u0440 \u0430\u043B\u0433\u0430\u043D\u0434\u044B\u043D \u0430\u043B\u044B\u043F \u0430\u043B\u0441\u0430 \u0430\u043B\u0441\u0430\u04A3 \u0430\u043B\u0441\u0430\u043C \u0430\u043B\u0434\u044B\u043C \u0430\u043B\u0433\u044B\u043C \u0430\u043B\u0430\u043C \u0430\u043B\u044B\u0448\u0430\u0442 \u0430\u043B\u044B\u0448\u043A\u0430\u043D \u0430\u043B\u0430\u0431\u044B \u0441\u0434\u0435\u043B\u0430\u0442\u044C \u0441\u0434\u0435\u043B\u0430\u043B \u0441\u0434\u0435\u043B\u0430\u043B\u0430 \u0441\u0434\u0435\u043B\u0430\u043B\u0438 \u0434\u0435\u043B\u0430\u0442\u044C \u0434\u0435\u043B\u0430\u044E\u0442 \u043F\u043E\u043B\u0443\u0447\u0438\u0442\u044C \u043F\u043E\u043B\u0443\u0447\u0438\u043B \u043F\u043E\u043B\u0443\u0447\u0438\u043B\u0430 \u043F\u043E\u043B\u0443\u0447\u0438\u043B\u0438 \u043F\u043E\u043B\u0443\u0447\u0430\u0442 \u044D\u043A\u0435\u043D\u0441\u0438\u04A3 \u044D\u043A\u0435\u043D\u0441\u0438\u0437 \u044D\u043A\u0435\u043D\u0431\u0438\u0437 \u044D\u043A\u0435\u043D\u043C\u0438\u043D \u043A\u0430\u043B\u0430\u043C \u043A\u0430\u043B\u0430\u0441\u044B\u04A3 \u043A\u0430\u043B\u0430\u0441\u044B\u0437 \u043A\u0430\u043B\u0430\u0431\u044B \u043A\u0430\u043B\u0430\u0431\u044B\u0437 \u0436\u0430\u0442\u0430\u043C \u0436\u0430\u0442\u0430\u0441\u044B\u04A3 \u0436\u0430\u0442\u0430\u0431\u044B \u0430\u0440\u0430\u043A\u0435\u0442 \u0430\u0440\u0430\u043A\u0435\u0442\u0442\u0435\u0440 \u0430\u0440\u0430\u043A\u0435\u0442\u0438 \u0430\u0440\u0430\u043A\u0435\u0442\u0438\u043D \u043A\u0430\u0440\u0448\u044B \u043F\u0430\u0439\u0434\u0430 \u043A\u044B\u043B\u0430\u0442 \u043A\u044B\u043B\u044B\u043F \u043A\u044B\u043B\u0433\u0430\u043D \u0436\u0430\u0441\u0430\u0439\u0442 \u044D\u043B\u0435 \u0433\u0430\u043D\u0430 \u0434\u0430\u043B\u0435 \u0430\u043B\u0438 \u043C\u0443\u0440\u0443\u043D \u0430\u0437\u044B\u0440 \u0442\u0443\u0443\u0440\u0430 \u0442\u0443\u0443\u0440\u0430\u0431\u044B \u0447\u044B\u043D\u0431\u044B \u043E\u0448\u043E\u043D\u0434\u043E\u0439\u0431\u0443 \u0431\u0435\u043B\u0435 \u044D\u043A\u0435\u043D\u0438 \u044D\u043A\u0435\u043D\u0438\u043D \u044D\u043A\u0435\u043D\u0434\u0438\u0433\u0438\u043D "
  )
);
var STOP = /* @__PURE__ */ new Set([
  ...KY_STOP,
  ...words(
    "\u0438 \u0432 \u0432\u043E \u043D\u0430 \u043D\u0435 \u043D\u0438 \u0447\u0442\u043E \u0447\u043E \u0448\u043E \u044D\u0442\u043E \u043A\u0430\u043A \u0430 \u043D\u043E \u043E\u0442 \u0434\u043E \u043F\u043E \u0437\u0430 \u0438\u0437 \u043A \u0441 \u0441\u043E \u0443 \u043E \u043E\u0431 \u0436\u0435 \u043B\u0438 \u0431\u044B \u0442\u043E \u0442\u0430\u043A \u0438\u043B\u0438 \u0434\u043B\u044F \u043F\u0440\u0438 \u0432\u0441\u0435 \u0435\u0433\u043E \u0435\u0435 \u0438\u0445 \u043E\u043D \u043E\u043D\u0430 \u043E\u043D\u043E \u043E\u043D\u0438 \u043C\u044B \u0432\u044B \u044F \u0442\u044B \u0435\u0441\u0442\u044C \u0431\u044B\u043B \u0431\u044B\u043B\u0430 \u0431\u044B\u043B\u0438 \u0431\u0443\u0434\u0435\u0442 \u0431\u0443\u0434\u0443\u0442 \u0435\u0441\u043B\u0438 \u0443\u0436\u0435 \u0442\u043E\u043B\u044C\u043A\u043E \u043E\u0447\u0435\u043D\u044C \u0442\u0430\u043C \u0442\u0443\u0442 \u0432\u043E\u0442 \u043A\u043E\u0433\u0434\u0430 \u0434\u0430\u0436\u0435 \u044D\u0442\u043E\u0442 \u044D\u0442\u0430 \u044D\u0442\u0438 \u044D\u0442\u043E \u0442\u043E\u0433\u043E \u0442\u043E\u0436\u0435 \u043D\u0430\u0441 \u0432\u0430\u0441 \u043D\u0430\u043C \u0432\u0430\u043C \u043C\u043D\u0435 \u043C\u0435\u043D\u044F \u0441\u0435\u0431\u044F \u0441\u0432\u043E\u0438 \u0441\u0432\u043E\u0439 \u043A\u0442\u043E \u0447\u0435\u043C \u0447\u0442\u043E\u0431\u044B \u0431\u0435\u0437 \u043F\u043E\u0434 \u043D\u0430\u0434 \u043F\u0440\u043E \u043F\u043E\u0441\u043B\u0435 \u043C\u043E\u0436\u043D\u043E \u043D\u0443\u0436\u043D\u043E \u043D\u0430\u0434\u043E \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u043A\u043E\u0442\u043E\u0440\u0430\u044F \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u043A\u043E\u0442\u043E\u0440\u044B\u0445 \u043F\u0440\u0430\u0432\u0434\u0430 \u0433\u043E\u0432\u043E\u0440\u044F\u0442 \u0433\u043E\u0432\u043E\u0440\u0438\u043B \u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0430 \u0441\u043B\u044B\u0448\u0430\u043B \u0441\u043B\u044B\u0448\u0430\u043B\u0430 \u043F\u0438\u0448\u0443\u0442 \u0432\u0435\u0440\u043D\u043E \u043D\u0435\u0443\u0436\u0435\u043B\u0438 \u0440\u0430\u0437\u0432\u0435 \u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0442\u0435\u043B\u044C\u043D\u043E \u0435\u0449\u0435 \u0434\u0430 \u043D\u0435\u0442 \u0438\u043C \u0435\u043C\u0443 \u0435\u0439 \u0432\u0441\u0435\u043C \u0432\u0441\u0435\u0445 \u0432\u043E\u043E\u0431\u0449\u0435 \u043F\u0440\u043E\u0441\u0442\u043E \u0442\u0435\u043F\u0435\u0440\u044C \u0441\u0435\u0439\u0447\u0430\u0441 \u0432\u0441\u0435\u0433\u043E \u043E\u0434\u0438\u043D \u043E\u0434\u043D\u0430 \u043B\u044E\u0434\u0438 \u0447\u0435\u043B\u043E\u0432\u0435\u043A \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u043B\u044E\u0434\u0435\u0439 \u043D\u0443 \u0432\u0440\u043E\u0434\u0435 \u0442\u0438\u043F\u0430 \u043A\u043E\u0440\u043E\u0447\u0435 \u0431\u043B\u0438\u043D \u043A\u0441\u0442\u0430\u0442\u0438 \u0437\u043D\u0430\u0447\u0438\u0442 \u0432\u0434\u0440\u0443\u0433 \u0432\u0435\u0434\u044C \u0443\u0436 \u0438\u0442\u0430\u043A \u0442\u043E\u0436\u0435 \u0442\u0430\u043A\u0436\u0435 \u0430\u0433\u0430 \u043E\u043A \u043F\u043E\u0436\u0430\u043B\u0443\u0439\u0441\u0442\u0430 \u0441\u043F\u0430\u0441\u0438\u0431\u043E \u043F\u0440\u0438\u0432\u0435\u0442 \u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435 \u0441\u043A\u0430\u0437\u0430\u043B \u0441\u043A\u0430\u0437\u0430\u043B\u0430 \u0441\u043A\u0430\u0437\u0430\u043B\u0438 \u0433\u043E\u0432\u043E\u0440\u0438\u0442 \u043F\u0438\u0448\u0435\u0442 \u043F\u0438\u0448\u0443\u0442 \u043F\u0435\u0440\u0435\u0434\u0430\u044E\u0442 \u0443\u0437\u043D\u0430\u043B \u0443\u0437\u043D\u0430\u043B\u0430 \u0437\u043D\u0430\u043A\u043E\u043C\u044B\u0439 \u0437\u043D\u0430\u043A\u043E\u043C\u0430\u044F \u0437\u043D\u0430\u043A\u043E\u043C\u044B\u0435 \u0434\u0440\u0443\u0433 \u043F\u043E\u0434\u0440\u0443\u0433\u0430 \u0441\u043E\u0441\u0435\u0434 \u0441\u043E\u0441\u0435\u0434\u043A\u0430 \u043A\u0443\u043C \u043A\u0443\u043C\u0430 \u0441\u0440\u043E\u0447\u043D\u043E \u0432\u043D\u0438\u043C\u0430\u043D\u0438\u0435 \u0432\u0430\u0436\u043D\u043E \u043F\u0435\u0440\u0435\u0448\u043B\u0438\u0442\u0435 \u043F\u0435\u0440\u0435\u0448\u043B\u0438 \u043E\u0442\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u043E\u0442\u043F\u0440\u0430\u0432\u044C \u043F\u043E\u0434\u0435\u043B\u0438\u0442\u0435\u0441\u044C \u0440\u0430\u0441\u0441\u043A\u0430\u0436\u0438\u0442\u0435 \u0432\u0441\u0435\u043C \u0440\u043E\u0434\u043D\u044B\u043C \u0431\u043B\u0438\u0437\u043A\u0438\u043C \u0434\u0440\u0443\u0437\u044C\u044F\u043C \u0437\u043D\u0430\u0439\u0442\u0435 \u043D\u043E\u0432\u043E\u0441\u0442\u044C \u043D\u043E\u0432\u043E\u0441\u0442\u0438 \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044F \u0438\u043D\u0444\u0430 \u0444\u0430\u043A\u0442 \u0444\u0430\u043A\u0442\u044B \u0434\u0430\u043D\u043D\u044B\u0435 \u0441\u043B\u0443\u0445 \u0441\u043B\u0443\u0445\u0438 \u044F\u043A\u043E\u0431\u044B \u0431\u0443\u0434\u0442\u043E \u043C\u043E\u043B \u0434\u0435\u0441\u043A\u0430\u0442\u044C \u043E\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442\u0441\u044F \u0438\u043D\u0442\u0435\u0440\u0435\u0441\u043D\u043E \u043D\u0430\u0448 \u043D\u0430\u0448\u0430 \u043D\u0430\u0448\u0438 \u0432\u0430\u0448 \u0432\u0430\u0448\u0430 \u0432\u0430\u0448\u0438 \u043C\u043E\u0439 \u043C\u043E\u044F \u043C\u043E\u0438 \u0442\u0432\u043E\u0439 \u0442\u0432\u043E\u044F \u0441\u0435\u0431\u0435 \u0441\u0430\u043C \u0441\u0430\u043C\u0430 \u0441\u0430\u043C\u0438 \u0441\u0430\u043C\u044B\u0435 \u0441\u0430\u043C\u044B\u0439 \u043A\u0430\u0436\u0434\u044B\u0439 \u043A\u0430\u0436\u0434\u0430\u044F \u043B\u044E\u0431\u043E\u0439 \u0434\u0440\u0443\u0433\u043E\u0439 \u0434\u0440\u0443\u0433\u0438\u0435 \u0433\u0434\u0435 \u043A\u0443\u0434\u0430 \u043E\u0442\u043A\u0443\u0434\u0430 \u0437\u0430\u0447\u0435\u043C \u043F\u043E\u0447\u0435\u043C\u0443 \u043F\u043E\u0442\u043E\u043C\u0443 \u043F\u043E\u044D\u0442\u043E\u043C\u0443 \u0442\u043E\u0433\u0434\u0430 \u0441\u0440\u0430\u0437\u0443 \u043F\u043E\u0442\u043E\u043C \u043F\u043E\u043A\u0430 \u043B\u0438\u0448\u044C \u0435\u0449\u0451 \u0432\u0441\u0451 \u0432\u0435\u0441\u044C \u0432\u0441\u044F \u043C\u043D\u043E\u0433\u043E \u043C\u0430\u043B\u043E \u0431\u043E\u043B\u044C\u0448\u0435 \u043C\u0435\u043D\u044C\u0448\u0435 \u0431\u043E\u043B\u0435\u0435 \u043C\u0435\u043D\u0435\u0435 \u0434\u043E\u043B\u0436\u0435\u043D \u0434\u043E\u043B\u0436\u043D\u0430 \u0434\u043E\u043B\u0436\u043D\u044B \u043C\u043E\u0436\u0435\u0442 \u043C\u043E\u0433\u0443\u0442 \u043C\u043E\u0447\u044C \u0441\u0442\u0430\u0442\u044C \u0441\u0442\u0430\u043B \u0441\u0442\u0430\u043B\u0430 \u0441\u0442\u0430\u043B\u0438 \u0441\u0442\u0430\u043D\u0435\u0442 \u0431\u044B\u0442\u044C \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F \u044F\u0432\u043B\u044F\u044E\u0442\u0441\u044F \u043A\u0430\u043A\u043E\u0439 \u043A\u0430\u043A\u0430\u044F \u043A\u0430\u043A\u043E\u0435 \u043A\u0430\u043A\u0438\u0435 \u043A\u0430\u043A\u0438\u0445 \u043A\u0430\u043A\u0438\u043C \u0442\u0430\u043A\u043E\u0439 \u0442\u0430\u043A\u0430\u044F \u0442\u0430\u043A\u043E\u0435 \u0442\u0430\u043A\u0438\u0435 \u0442\u0430\u043A\u0438\u0445 \u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0441\u043A\u043E\u043A\u0430 \u0447\u0442\u043E\u0431 \u0448\u0442\u043E\u0431 \u0448\u0442\u043E\u0431\u044B \u0449\u0430\u0441 \u0441\u0435\u0433\u043E\u0434\u043D\u044F \u0432\u0447\u0435\u0440\u0430 \u0437\u0430\u0432\u0442\u0440\u0430 \u0433\u043E\u0434 \u0433\u043E\u0434\u0430 \u0433\u043E\u0434\u0443 \u043B\u0435\u0442 \u0447\u0435\u043C\u0443 \u043A\u043E\u043C\u0443 \u0447\u0435\u0433\u043E \u0447\u0435\u0439 \u0437\u0430\u0447\u0435\u043C \u043D\u0438\u0431\u0443\u0434\u044C \u043B\u0438\u0431\u043E \u043A\u043E\u0433\u043E \u043A\u0435\u043C \u0445\u043E\u0447\u0443 \u0445\u043E\u0447\u0435\u0442 \u0445\u043E\u0442\u044F\u0442 \u0437\u043D\u0430\u044E \u0437\u043D\u0430\u0435\u0442 \u0437\u043D\u0430\u0435\u0442\u0435 \u0437\u043D\u0430\u0442\u044C \u0434\u0443\u043C\u0430\u044E \u0434\u0443\u043C\u0430\u0435\u0442\u0435 \u043A\u0430\u0436\u0435\u0442\u0441\u044F \u0432\u0438\u0434\u0438\u043C\u043E \u043D\u0430\u0432\u0435\u0440\u043D\u043E\u0435 \u043A\u043E\u043D\u0435\u0447\u043D\u043E \u0442\u043E\u0447\u043D\u043E \u0440\u0435\u0430\u043B\u044C\u043D\u043E \u0432\u043E\u043E\u0431\u0449\u0435\u043C \u0432\u043E\u0431\u0449\u0435\u043C \u043A\u043E\u0440\u043E\u0447\u0435 \u0440\u0435\u0431\u044F\u0442\u0430 \u043D\u0430\u0440\u043E\u0434 \u043B\u044E\u0434\u0438 \u0434\u0440\u0443\u0437\u044C\u044F \u0434\u043E\u0440\u043E\u0433\u0438\u0435 \u0440\u043E\u0434\u043D\u044B\u0435 \u043C\u0430\u043C\u0430 \u043F\u0430\u043F\u0430 \u0431\u0430\u0431\u0443\u0448\u043A\u0430 \u0434\u0435\u0434\u0443\u0448\u043A\u0430 \u0431\u0440\u0430\u0442 \u0441\u0435\u0441\u0442\u0440\u0430 \u043C\u0443\u0436 \u0436\u0435\u043D\u0430 \u043C\u043D\u0435 \u043D\u0430\u043C pravda govoryat"
  )
]);
var KY_SUFFIXES = [
  // negative present (-бай/-пай + т), participles (-ган/-кен…), conditional 2nd person (-саң)
  "\u043F\u0430\u0438\u0442",
  "\u043F\u0435\u0438\u0442",
  "\u043F\u043E\u0438\u0442",
  "\u043A\u0430\u043D\u043D\u0438\u043D",
  "\u043A\u0430\u043D",
  "\u043A\u0435\u043D",
  "\u043A\u043E\u043D",
  "\u0441\u0430\u043D",
  "\u0441\u0435\u043D",
  "\u0441\u043E\u043D",
  // plural, genitive, ablative, locative after possessive, causative, nominaliser, "without"
  "\u043B\u0430\u0440",
  "\u043B\u0435\u0440",
  "\u043B\u043E\u0440",
  "\u0434\u0430\u0440",
  "\u0434\u0435\u0440",
  "\u0434\u043E\u0440",
  "\u0442\u0430\u0440",
  "\u0442\u0435\u0440",
  "\u0442\u043E\u0440",
  "\u043D\u0438\u043D",
  "\u043D\u0443\u043D",
  "\u0434\u0438\u043D",
  "\u0434\u0443\u043D",
  "\u0442\u0438\u043D",
  "\u0442\u0443\u043D",
  "\u0434\u0430\u043D",
  "\u0434\u0435\u043D",
  "\u0434\u043E\u043D",
  "\u0442\u0430\u043D",
  "\u0442\u0435\u043D",
  "\u0442\u043E\u043D",
  "\u043D\u0430\u043D",
  "\u043D\u0435\u043D",
  "\u043D\u043E\u043D",
  "\u043D\u0434\u0430",
  "\u043D\u0434\u0435",
  "\u043D\u0434\u043E",
  "\u0442\u0438\u0440",
  "\u0442\u0443\u0440",
  "\u0434\u0438\u0440",
  "\u0434\u0443\u0440",
  "\u0434\u0438\u043A",
  "\u0442\u0438\u043A",
  "\u043B\u0438\u043A",
  "\u0434\u0443\u043A",
  "\u0442\u0443\u043A",
  "\u043B\u0443\u043A",
  "\u0447\u0443",
  // present 3rd person (-ат, -ет, -от, -йт), dative, locative, accusative, past, possessive, converb, conditional
  "\u0430\u0442",
  "\u0435\u0442",
  "\u043E\u0442",
  "\u0438\u0442",
  "\u043A\u0430",
  "\u043A\u0435",
  "\u043A\u043E",
  "\u043D\u0430",
  "\u043D\u0435",
  "\u043D\u043E",
  "\u0434\u0430",
  "\u0434\u0435",
  "\u0434\u043E",
  "\u0442\u0430",
  "\u0442\u0435",
  "\u0442\u043E",
  "\u043D\u0438",
  "\u043D\u0443",
  "\u0434\u0438",
  "\u0434\u0443",
  "\u0442\u0438",
  "\u0442\u0443",
  "\u0441\u0438",
  "\u0441\u0443",
  "\u043B\u0443",
  "\u0438\u043F",
  "\u0443\u043F",
  "\u0441\u0430",
  "\u0441\u0435",
  "\u0441\u043E"
];
function kyrgyzStem(folded) {
  let w = folded;
  for (let round = 0; round < 4; round++) {
    const suffix = KY_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}
var NONE = "none";
var KEY_MIN = 3;
function russianKey(word) {
  return fold(/[а-я]/.test(word) ? russianStem(word) : word);
}
var lexicon = (() => {
  const prefixes = [];
  const words2 = /* @__PURE__ */ new Map();
  const kyrgyz = /* @__PURE__ */ new Map();
  for (const [concept, list] of Object.entries(CONCEPTS)) {
    for (let entry of list.split(/\s+/).filter(Boolean)) {
      const name = entry.startsWith("-") ? NONE : concept;
      if (entry.startsWith("-")) entry = entry.slice(1);
      const set = (map, key) => map.get(key) !== NONE && map.set(key, name);
      if (entry.endsWith("*")) prefixes.push([foldWord(entry.slice(0, -1)), name]);
      else if (entry.startsWith("+")) set(kyrgyz, kyrgyzStem(foldWord(entry.slice(1))));
      else set(words2, foldWord(entry));
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return { prefixes, words: words2, kyrgyz };
})();
var lexiconWords = () => [...[...lexicon.words].map(([word, concept]) => ({ word, concept, prefix: false })), ...lexicon.prefixes.filter(([p]) => p.length >= 4).map(([word, concept]) => ({ word, concept, prefix: true }))].filter((e) => e.concept !== NONE);
function conceptOf(folded, ruKey = folded, kyKey = folded) {
  const found = lexicon.words.get(folded) ?? lexicon.words.get(ruKey) ?? lexicon.prefixes.find(([prefix]) => folded.startsWith(prefix) && prefix.length >= 2)?.[1] ?? (kyKey.length >= 2 ? lexicon.kyrgyz.get(kyKey) : void 0);
  return found === NONE ? void 0 : found;
}
var PHRASE_LIST = PHRASES.map(([list, out]) => ({ words: list.map((w, i) => ({ folded: fold(w), whole: w.length <= 2 && i < list.length - 1 })), out: out.split(" ") }));
var COMPOUND_LIST = COMPOUNDS.map(([x, y, out]) => ({ first: fold(cyrillic(x)), second: fold(cyrillic(y)), out: cyrillic(out) }));
function rawWords(text2) {
  const words2 = text2.split(/[^\p{L}\p{N}'’`]+/u).filter(Boolean).map((w) => cyrillic(w.replace(/^['’`]+|['’`]+$/g, ""))).filter(Boolean);
  const folded = words2.map(fold);
  const out = [];
  for (let i = 0; i < words2.length; i++) {
    const phrase = PHRASE_LIST.find((p) => p.words.every((w, j) => folded[i + j] !== void 0 && (w.whole ? folded[i + j] === w.folded : folded[i + j].startsWith(w.folded))));
    if (phrase) {
      out.push(...phrase.out);
      i += phrase.words.length - 1;
      continue;
    }
    const next = folded[i + 1];
    const compound = next !== void 0 ? COMPOUND_LIST.find((c) => c.first === folded[i] && next.startsWith(c.second)) : void 0;
    if (compound) {
      out.push(compound.out);
      i++;
    } else out.push(words2[i]);
  }
  return out;
}
function analyse(text2) {
  const out = [];
  for (const raw2 of rawWords(text2)) {
    let word = raw2;
    let folded = fold(word);
    if (folded.length >= 7 && folded.startsWith("\u043D\u0435") && !folded.startsWith("\u043D\u0435\u0434") && !conceptOf(folded)) {
      word = word.slice(2);
      folded = folded.slice(2);
    }
    if (folded.length < 2 || /^\d/.test(word) && !/^\d+(г|ж|джи)$/.test(word) || STOP.has(folded)) continue;
    const ru = russianKey(word);
    const ky = kyrgyzStem(folded);
    if (ky.length >= 3 && ky !== folded && KY_STOP.has(ky)) continue;
    const concept = conceptOf(folded, ru, ky);
    if (concept) {
      out.push({ folded, keys: [`#${concept}`] });
      continue;
    }
    const keys = [...new Set([ru, ky].map((k) => k.length >= KEY_MIN ? k : folded))];
    out.push({ folded, keys });
  }
  return out;
}
function sentences(text2) {
  const parts = text2.split(/(?<=[.!?…:;])\s+|[\n\r]+|\s+[—–-]\s+/u).flatMap((s) => s.length > 120 ? s.split(/,\s+/u) : [s]).map((s) => s.trim()).filter((s) => s.length > 0);
  return parts;
}

// src/domain/factchecks/search.ts
var TUNING = {
  /** At or above: shown as the answer. */
  sure: 0.55,
  /** At or above: offered as "did you mean". */
  possible: 0.45,
  /** At or above, a candidate after a first one that is shown is offered too. */
  follow: 0.35,
  /** A sure match must lead the next fact-check by this much, else it is only possible. */
  margin: 0.04,
  /** Recall's exponent in the score (coverage gets the rest). */
  recall: 0.6,
  /** A word found as a longer or shorter form, with one typo, or by its letters counts this much. */
  form: 0.9,
  typo: 0.75,
  letters: 0.7,
  /** Least trigram Dice for a word met by its letters. */
  dice: 0.62,
  /** A message word no fact-check has weighs this share of the rarest word. */
  unknown: 0.6,
  /** A text weighs at least this share of the rarest word in recall (a two-word phrasing is not the whole claim). */
  floor: 1.5,
  /** A message that names neither the illness nor the vaccine scores this share. */
  offTopic: 0.6
};
var GENERIC = /* @__PURE__ */ new Set(["#covid", "#remedy", "#infect", "#kill", "#spread", "#cause", "#change"]);
var TOPIC = /* @__PURE__ */ new Set(["#covid", "#vaccine"]);
var MIN_WORDS = 2;
function deletions(word) {
  const out = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
function oneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function trigrams(word, prefix = false) {
  const padded = prefix ? ` ${word}` : ` ${word} `;
  const out = /* @__PURE__ */ new Set();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}
var push = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);
var FactIndex = class {
  /**
   * `topical`: the texts are COVID-19 claims, so a message that names neither
   * the illness nor the vaccine scores less (false for grouping any rumours).
   */
  constructor(items, topical = true) {
    this.topical = topical;
    const n = Math.max(items.length, 1);
    const parsed = [];
    items.forEach((item, f) => {
      this.ids.push(item.id);
      for (const text2 of item.texts) {
        const words2 = analyse(text2);
        if (new Set(words2.map((w) => w.keys.join(" "))).size >= 2) parsed.push({ factCheck: f, words: words2 });
      }
    });
    const keyFcs = /* @__PURE__ */ new Map();
    for (const p of parsed) for (const w of p.words) for (const k of w.keys) (keyFcs.get(k) ?? keyFcs.set(k, /* @__PURE__ */ new Set()).get(k)).add(p.factCheck);
    const idf = (df) => Math.log(1 + n / df);
    this.maxWeight = Math.log(1 + n);
    this.minFound = Math.min(Math.log(1 + 20), 0.75 * Math.log(1 + n));
    const vocabWords = /* @__PURE__ */ new Map();
    for (const p of parsed) {
      const doc = this.docs.length;
      const seen = /* @__PURE__ */ new Set();
      const slots = [];
      for (const w of p.words) {
        const keys = w.keys.map((k) => this.key(k, keyFcs.get(k).size, idf));
        if (w.folded.length >= 4) for (const k of keys) (vocabWords.get(w.folded) ?? vocabWords.set(w.folded, /* @__PURE__ */ new Set()).get(w.folded)).add(k);
        const id = w.keys.join(" ");
        if (seen.has(id)) continue;
        seen.add(id);
        slots.push({ keys, weight: Math.max(...keys.map((k) => this.keyWeight[k])) });
      }
      slots.forEach((s, i) => {
        for (const k of s.keys) {
          this.keyPostings[k].push(doc, i);
          const fcs = this.keyFactChecks[k];
          if (fcs.at(-1) !== p.factCheck) fcs.push(p.factCheck);
        }
      });
      this.docs.push({ factCheck: p.factCheck, slots, total: slots.reduce((a, s) => a + s.weight, 0), topic: p.words.some((w) => TOPIC.has(w.keys[0])) });
    }
    const addVocab = (grams, keys) => {
      const v = this.vocab.push({ grams: grams.size, keys }) - 1;
      for (const g of grams) push(this.vocabByGram, g, v);
    };
    for (const [word, keys] of vocabWords) {
      addVocab(trigrams(word), [...keys]);
      if (word.length >= 5) for (const k of keys) push(this.masked, vowelMask(word), k);
    }
    const masks = [];
    for (const { word, concept, prefix } of lexiconWords()) {
      const k = this.keys.get(`#${concept}`);
      if (k === void 0 || word.length < 4) continue;
      addVocab(trigrams(word, prefix), [k]);
      if (!prefix && word.length >= 5) push(this.masked, vowelMask(word), k);
      if (prefix && word.length >= 6) masks.push([vowelMask(word), k]);
    }
    masks.sort((a, b) => b[0].length - a[0].length);
    for (const entry of masks) push(this.maskedPrefixes, entry[0].slice(0, 5), entry);
  }
  topical;
  ids = [];
  docs = [];
  /** Word key → key number; its text; its weight; the docs and slots that have it (pairs); the fact-checks that have it. */
  keys = /* @__PURE__ */ new Map();
  keyText = [];
  keyWeight = [];
  keyPostings = [];
  keyFactChecks = [];
  /** First 4 letters → keys (longer and shorter forms); one-letter deletions → keys (typos). */
  byPrefix = /* @__PURE__ */ new Map();
  byDeletion = /* @__PURE__ */ new Map();
  /** Words of the texts and the lexicon (folded), with the keys they stand for; trigram → those words. */
  vocab = [];
  vocabByGram = /* @__PURE__ */ new Map();
  /** The same words with their vowels masked (whole words; the lexicon's prefixes apart, longest first). */
  masked = /* @__PURE__ */ new Map();
  /** The lexicon's prefixes with vowels masked, by their first 5 letters (all are 6 or longer), longest first. */
  maskedPrefixes = /* @__PURE__ */ new Map();
  maxWeight;
  /** The words found must weigh at least this (about one word that only 1 in 20 fact-checks has). */
  minFound;
  lookups = /* @__PURE__ */ new Map();
  /** Key number → whether it is one of the GENERIC concepts. */
  generic = [];
  key(text2, df, idf) {
    let k = this.keys.get(text2);
    if (k === void 0) {
      k = this.keyText.push(text2) - 1;
      this.keys.set(text2, k);
      this.keyWeight.push(idf(df));
      this.generic.push(GENERIC.has(text2));
      this.keyPostings.push([]);
      this.keyFactChecks.push([]);
      if (!text2.startsWith("#") && text2.length >= 4) {
        push(this.byPrefix, text2.slice(0, 4), k);
        for (const d of [text2, ...deletions(text2)]) push(this.byDeletion, d, k);
      }
    }
    return k;
  }
  get size() {
    return this.ids.length;
  }
  /** The keys a message key meets: itself, a longer or shorter form (4 letters and more), or one typo away. */
  meetKey(s, typos) {
    const cacheKey = typos ? `!${s}` : s;
    const cached = this.lookups.get(cacheKey);
    if (cached) return cached;
    const found = /* @__PURE__ */ new Map();
    const exact = this.keys.get(s);
    if (exact !== void 0) found.set(exact, 1);
    if (!s.startsWith("#") && s.length >= 4) {
      for (const k of this.byPrefix.get(s.slice(0, 4)) ?? []) {
        const other = this.keyText[k];
        if (!found.has(k) && (other.startsWith(s) || s.startsWith(other)) && Math.abs(other.length - s.length) <= 4) found.set(k, TUNING.form);
      }
      if (typos && s.length >= 5) {
        for (const d of [s, ...deletions(s)]) {
          for (const k of this.byDeletion.get(d) ?? []) if (!found.has(k) && this.keyText[k].length >= 5 && oneEdit(s, this.keyText[k])) found.set(k, TUNING.typo);
        }
      }
    }
    const list = [...found];
    if (this.lookups.size > 5e4) this.lookups.clear();
    this.lookups.set(cacheKey, list);
    return list;
  }
  /** The keys a message word meets; when none, those of the known word closest in letters (Dice of trigrams). */
  meetWord(w) {
    const meet = (typos) => {
      const met = /* @__PURE__ */ new Map();
      for (const key of w.keys) for (const [k, how] of this.meetKey(key, typos)) if ((met.get(k) ?? 0) < how) met.set(k, how);
      return [...met];
    };
    const exact = meet(false);
    if (exact.length > 0 || w.folded.length < 5) return exact.length > 0 || w.folded.length < 4 ? exact : meet(true);
    const cacheKey = `~${w.folded}`;
    const cached = this.lookups.get(cacheKey);
    if (cached) return cached;
    const mask = vowelMask(w.folded);
    const prefix = (this.maskedPrefixes.get(mask.slice(0, 5)) ?? []).find(([p]) => mask.startsWith(p));
    const sameMask = this.masked.get(mask) ?? (prefix ? [prefix[1]] : void 0);
    if (sameMask) {
      const list2 = [...new Set(sameMask)].map((k) => [k, TUNING.letters]);
      this.lookups.set(cacheKey, list2);
      return list2;
    }
    const typo = meet(true);
    if (typo.length > 0) {
      this.lookups.set(cacheKey, typo);
      return typo;
    }
    const grams = trigrams(w.folded);
    const shared = /* @__PURE__ */ new Map();
    const first = ` ${w.folded.slice(0, 2)}`;
    for (const v of this.vocabByGram.get(first) ?? []) shared.set(v, 0);
    for (const g of grams) for (const v of this.vocabByGram.get(g) ?? []) if (shared.has(v)) shared.set(v, shared.get(v) + 1);
    let best = -1;
    let bestDice = TUNING.dice;
    for (const [v, common] of shared) {
      const dice = 2 * common / (grams.size + this.vocab[v].grams);
      if (dice > bestDice) {
        best = v;
        bestDice = dice;
      }
    }
    const list = best < 0 ? [] : this.vocab[best].keys.map((k) => [k, TUNING.letters]);
    this.lookups.set(cacheKey, list);
    return list;
  }
  /** Scores of the fact-checks one part of a message reaches. */
  scorePart(words2, loose, onTopic = true) {
    const out = /* @__PURE__ */ new Map();
    const got = /* @__PURE__ */ new Map();
    const said = [];
    const seen = /* @__PURE__ */ new Set();
    for (const w of words2) {
      const id = w.keys.join(" ");
      if (seen.has(id)) continue;
      seen.add(id);
      const keys = this.meetWord(w);
      for (const [k, how] of keys) if ((got.get(k) ?? 0) < how) got.set(k, how);
      said.push({ keys, weight: keys.length ? Math.max(...keys.map(([k]) => this.keyWeight[k])) : TUNING.unknown * this.maxWeight });
    }
    if (said.length === 0 || got.size === 0) return out;
    const saidTotal = said.reduce((a, s) => a + s.weight, 0);
    const covered = /* @__PURE__ */ new Map();
    for (const s of said) {
      const fcs = /* @__PURE__ */ new Map();
      for (const [k, how] of s.keys) for (const f of this.keyFactChecks[k]) if ((fcs.get(f) ?? 0) < how) fcs.set(f, how);
      for (const [f, how] of fcs) covered.set(f, (covered.get(f) ?? 0) + s.weight * how);
    }
    const docs = /* @__PURE__ */ new Set();
    for (const k of got.keys()) {
      const p = this.keyPostings[k];
      for (let i = 0; i < p.length; i += 2) docs.add(p[i]);
    }
    for (const d of docs) {
      const doc = this.docs[d];
      let have = 0;
      let found = 0;
      let specific = false;
      for (const slot of doc.slots) {
        let how = 0;
        for (const k of slot.keys) how = Math.max(how, got.get(k) ?? 0);
        if (how === 0) continue;
        have += slot.weight * how;
        found++;
        specific ||= slot.keys.some((k) => !this.generic[k]);
      }
      if (!loose && (found < 2 || have < this.minFound || !specific)) continue;
      const recall = have / Math.max(doc.total, TUNING.floor * this.maxWeight);
      const coverage = (covered.get(doc.factCheck) ?? 0) / saidTotal;
      const scale = onTopic || !this.topical || !doc.topic ? 1 : TUNING.offTopic;
      const score = scale * recall ** TUNING.recall * coverage ** (1 - TUNING.recall);
      if (score > (out.get(doc.factCheck) ?? 0)) out.set(doc.factCheck, score);
    }
    return out;
  }
  /** The parts of a message worth scoring: each sentence, neighbouring pairs, and the whole when it is short. */
  parts(message) {
    const list = sentences(message).map((text2) => ({ text: text2, words: analyse(text2) })).filter((p) => p.words.length > 0);
    const out = list.filter((p) => p.words.length >= MIN_WORDS);
    for (let i = 0; i + 1 < list.length; i++) out.push({ text: `${list[i].text} ${list[i + 1].text}`, words: [...list[i].words, ...list[i + 1].words] });
    const all = list.flatMap((p) => p.words);
    if (list.length > 2 && all.length <= 30 || out.length === 0 && all.length > 0) out.push({ text: message, words: all });
    return out;
  }
  /** Each part's scores, and the message's (each fact-check's best over the parts). */
  scores(message, loose) {
    const parts = this.parts(message);
    const onTopic = parts.some((p) => p.words.some((w) => TOPIC.has(w.keys[0])));
    const best = /* @__PURE__ */ new Map();
    const scored = parts.map((part) => {
      const scores = this.scorePart(part.words, loose, onTopic);
      for (const [f, s] of scores) if (s > (best.get(f) ?? 0)) best.set(f, s);
      return { text: part.text, scores };
    });
    return { parts: scored, best };
  }
  rank(scores, limit, minScore) {
    const sorted = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const out = [];
    for (const [i, [f, score]] of sorted.entries()) {
      if (out.length >= limit) break;
      const lead = score - (sorted[i + 1]?.[1] ?? 0);
      const least = out.length > 0 ? Math.min(TUNING.possible, TUNING.follow) : TUNING.possible;
      const band = i === 0 && score >= TUNING.sure && lead >= TUNING.margin ? "sure" : score >= least || minScore !== null && score >= minScore ? "possible" : null;
      if (band) out.push({ id: this.ids[f], score: Math.round(score * 1e3) / 1e3, band });
    }
    return out;
  }
  /**
   * The fact-checks a message is about, best first, at most `limit`: the
   * first may be sure, the others are possible. `minScore` with `loose` (for
   * officers' candidates) lists weaker ones too.
   */
  search(message, limit = 3, minScore = null, loose = false) {
    return this.rank(this.scores(message, loose).best, limit, minScore);
  }
  /**
   * The distinct claims of a message, in the order it says them (at most
   * `max`), each with its candidates: a part's best fact-check when sure
   * makes a claim. A message with one claim (or none sure) is one claim with
   * the whole message's candidates.
   */
  claims(message, max = 3) {
    const { parts, best } = this.scores(message, false);
    const whole = this.rank(best, 5, null);
    const found = [];
    parts.forEach((part, at) => {
      const top = this.rank(part.scores, 1, null)[0];
      if (!top || top.band !== "sure") return;
      const known = found.find((c) => c.id === top.id);
      if (!known) found.push({ id: top.id, part: at, score: top.score });
      else if (top.score > known.score) Object.assign(known, { part: at, score: top.score });
    });
    if (found.length <= 1) return whole.length ? [{ part: message, matches: whole }] : [];
    return found.sort((a, b) => a.part - b.part).slice(0, max).map((c) => {
      const others = this.rank(parts[c.part].scores, 3, null).filter((m) => m.id !== c.id);
      return { part: parts[c.part].text, matches: [{ id: c.id, score: c.score, band: "sure" }, ...others.map((m) => ({ ...m, band: "possible" }))].slice(0, 3) };
    });
  }
};

// src/config.ts
import { z } from "zod";
var logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
var expected = {
  BOT_TOKEN: "the token @BotFather gave your bot (in Telegram, open @BotFather, send /newbot, copy the token that looks like 123456789:AA...), e.g. BOT_TOKEN=123456789:AA... npm start",
  TELEGRAM_API_ROOT: "an http(s) URL of the Bot API server, e.g. https://api.telegram.org",
  DATABASE_URL: "a SQLite URL starting with file:, e.g. file:./data/komok.db",
  BOT_MODE: "polling or webhook",
  WEBHOOK_URL: "the public https URL Telegram should post updates to, e.g. https://bot.example.kg/telegram (required when BOT_MODE=webhook)",
  WEBHOOK_SECRET: "1-256 characters of A-Z, a-z, 0-9, _ or -, sent by Telegram in X-Telegram-Bot-Api-Secret-Token (required when BOT_MODE=webhook)",
  PORT: "the TCP port for the webhook server, a whole number 1-65535 (required when BOT_MODE=webhook)",
  ADMIN_IDS: "comma-separated numeric Telegram user ids, e.g. ADMIN_IDS=123456789,987654321",
  LOG_LEVEL: `one of ${logLevels.join(", ")}`,
  BROADCAST_RATE: "broadcast messages a second, a whole number 1-1000 (Telegram allows about 30), e.g. BROADCAST_RATE=30"
};
var optionalText = z.string().trim().transform((v) => v === "" ? void 0 : v).optional();
var schema = z.object({
  BOT_TOKEN: z.string().trim().regex(/^\d{3,}:[A-Za-z0-9_-]{20,}$/),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://api.telegram.org").transform((v) => v.replace(/\/+$/, "")),
  DATABASE_URL: z.string().trim().regex(/^file:.+/).default("file:./data/komok.db"),
  BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
  WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  WEBHOOK_SECRET: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/).optional()),
  PORT: optionalText.pipe(
    z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(1).max(65535)).optional()
  ),
  ADMIN_IDS: z.string().default("").refine((v) => v.split(",").every((s) => s.trim() === "" || /^\d{1,20}$/.test(s.trim()))).transform(
    (v) => v.split(",").map((s) => s.trim()).filter(Boolean).map((s) => BigInt(s))
  ),
  LOG_LEVEL: z.enum(logLevels).default("info"),
  BROADCAST_RATE: z.string().regex(/^\d{1,4}$/).default("30").transform(Number).pipe(z.number().int().min(1).max(1e3))
}).superRefine((env, ctx) => {
  if (env.BOT_MODE !== "webhook") return;
  for (const key of ["WEBHOOK_URL", "WEBHOOK_SECRET", "PORT"]) {
    if (env[key] === void 0) ctx.addIssue({ code: "custom", path: [key], message: "required" });
  }
});

// src/time.ts
function isIsoDay(text2) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text2)) return false;
  const time = Date.parse(`${text2}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text2);
}

// src/services/factchecks.ts
var SEED_FILE = path4.join(projectRoot, "prisma", "seed", "factchecks.jsonl");
var VERDICTS = ["false", "misleading", "true", "unproven"];
var day = z2.string().refine(isIsoDay, "a real date like 2021-03-15");
var both = (max) => z2.object({ ky: z2.string().trim().min(3).max(max), ru: z2.string().trim().min(3).max(max) }).strict();
var factCheckLine = z2.object({
  id: z2.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "lower-case letters, digits and dashes, 2\u201340"),
  claim: both(300),
  verdict: z2.enum(VERDICTS),
  explanation: both(1500),
  source: z2.string().url().refine((u) => /^https?:\/\//.test(u), "an http(s) link"),
  publishedAt: day,
  reviewedAt: day.optional(),
  verifiedBy: z2.string().trim().min(2).max(100).optional(),
  phrasings: z2.array(z2.string().trim().min(3).max(500)).max(30).optional()
}).strict();
var SAME_RUMOUR = 0.6;
var KEEP_CHARS = 2e3;
var OPEN_RUMOURS_PER_PERSON = 5;
var GROUP_CHARS = 300;
var CANDIDATES = 20;
var TEXTS_PER_CANDIDATE = 4;
var BACKFILL = 200;
var groupKeys = (text2) => [...new Set(analyse(text2.slice(0, GROUP_CHARS)).flatMap((w) => w.keys))];
async function writeKeys(db, rumourId, userId, text2) {
  const keys = groupKeys(text2);
  if (keys.length) await db.rumourKey.createMany({ data: keys.map((key) => ({ rumourId, userId, key })) });
}
async function backfillRumourKeys(db) {
  const unkeyed = await db.rumour.findMany({ where: { status: "open", keyed: false }, take: BACKFILL, select: { id: true, askers: { select: { userId: true, text: true } } } });
  for (const r of unkeyed) {
    await db.$transaction(async (tx) => {
      await tx.rumourKey.deleteMany({ where: { rumourId: r.id } });
      for (const a of r.askers) await writeKeys(tx, r.id, a.userId, a.text);
      await tx.rumour.update({ where: { id: r.id }, data: { keyed: true } });
    });
  }
  return unkeyed.length;
}
async function sameRumour(db, kept) {
  await backfillRumourKeys(db);
  const keys = groupKeys(kept);
  if (keys.length === 0) return void 0;
  const shared = await db.rumourKey.groupBy({
    by: ["rumourId"],
    where: { key: { in: keys }, rumour: { status: "open" } },
    _count: { key: true },
    orderBy: { _count: { key: "desc" } },
    take: CANDIDATES
  });
  if (shared.length === 0) return void 0;
  const candidates = await db.rumour.findMany({
    where: { id: { in: shared.map((c) => c.rumourId) }, status: "open" },
    select: { id: true, text: true, askers: { select: { text: true }, orderBy: { createdAt: "desc" }, take: TEXTS_PER_CANDIDATE } }
  });
  const start = (text2) => text2.slice(0, GROUP_CHARS);
  const index = new FactIndex(candidates.map((r) => ({ id: String(r.id), texts: [...new Set([r.text, ...r.askers.map((a) => a.text)].filter(Boolean).map(start))] })), false);
  const near = index.search(start(kept), 1, SAME_RUMOUR).find((f) => f.score >= SAME_RUMOUR);
  if (near) return Number(near.id);
  const reverse = new FactIndex([{ id: "new", texts: [start(kept)] }], false);
  const scored = candidates.map((r) => ({ id: r.id, score: reverse.search(start(r.text), 1, SAME_RUMOUR).find((f) => f.score >= SAME_RUMOUR)?.score ?? 0 })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
  return scored[0]?.id;
}
async function queueRumour(db, userId, text2, now) {
  const kept = text2.slice(0, KEEP_CHARS);
  const waiting = await db.rumourAsker.count({ where: { userId, toldAt: null, rumour: { status: "open" } } });
  if (waiting >= OPEN_RUMOURS_PER_PERSON) return { capped: true };
  const nearId = await sameRumour(db, kept);
  const rumour = await db.$transaction(async (tx) => {
    const r = nearId !== void 0 ? await tx.rumour.update({ where: { id: nearId }, data: { lastAskedAt: now } }) : await tx.rumour.create({ data: { text: kept, status: "open", createdAt: now, lastAskedAt: now, keyed: true } });
    const known = await tx.rumourAsker.findUnique({ where: { rumourId_userId: { rumourId: r.id, userId } }, select: { userId: true } });
    if (!known) {
      await tx.rumourAsker.create({ data: { rumourId: r.id, userId, text: kept, createdAt: now } });
      await writeKeys(tx, r.id, userId, kept);
    }
    return r;
  });
  return { rumourId: rumour.id, askers: await db.rumourAsker.count({ where: { rumourId: rumour.id } }), isNew: nearId === void 0 };
}

// bench/random.ts
function random(seed) {
  return () => {
    seed = seed + 1831565813 | 0;
    let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// bench/rumour-queue.ts
var OPEN = (process.env.BENCH_OPEN ?? "500,2000,5000").split(",").map(Number);
var NEW = Number(process.env.BENCH_NEW ?? 100);
var WORDS = "\u043A\u043E\u0440\u043E\u043D\u0430\u0432\u0438\u0440\u0443\u0441 \u0432\u0430\u043A\u0446\u0438\u043D\u0430 \u043C\u0430\u0441\u043A\u0430 \u0447\u0435\u0441\u043D\u043E\u043A \u0432\u043E\u0434\u043A\u0430 5G \u0432\u044B\u0448\u043A\u0438 \u0434\u0435\u0442\u0438 \u0431\u0435\u0441\u043F\u043B\u043E\u0434\u0438\u0435 \u0447\u0438\u043F \u0443\u043A\u043E\u043B \u0431\u043E\u043B\u044C\u043D\u0438\u0446\u0430 \u0432\u0440\u0430\u0447\u0438 \u043B\u0435\u043A\u0430\u0440\u0441\u0442\u0432\u043E \u0430\u043D\u0442\u0438\u0431\u0438\u043E\u0442\u0438\u043A \u043A\u043E\u0432\u0438\u0434 \u043A\u0430\u0440\u0430\u043D\u0442\u0438\u043D \u0448\u043A\u043E\u043B\u0430 \u0440\u044B\u043D\u043E\u043A \u0430\u0432\u0442\u043E\u0431\u0443\u0441 \u0431\u0430\u0437\u0430\u0440 \u0442\u0435\u0441\u0442 \u043F\u0440\u0438\u0432\u0438\u0432\u043A\u0430 \u044D\u043C\u0434\u04E9\u04E9 \u0431\u0435\u0442 \u043A\u0430\u043F \u0434\u0430\u0440\u044B \u043E\u043E\u0440\u0443\u043F \u043E\u043E\u0440\u0443\u043A\u0430\u043D\u0430\u0434\u0430 \u0431\u0430\u043B\u0434\u0430\u0440 \u043C\u0435\u043A\u0442\u0435\u043F".split(" ");
var random2 = random(7);
var pick = () => WORDS[Math.floor(random2() * WORDS.length)];
var text = (i) => {
  const words2 = [`\u0441\u043B\u0443\u0445${i}`];
  while (words2.join(" ").length < 600 + random2() * 600) words2.push(pick(), `\u0441\u043B\u043E\u0432\u043E${Math.floor(random2() * 1e5)}`);
  return words2.join(" ");
};
var peak = 0;
var peakHeap = 0;
var sample = () => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
for (const open of OPEN) {
  const dir = mkdtempSync(path5.join(tmpdir(), "komok-bench-rumours-"));
  const database = await openDatabase(`file:${dir}/bench.db`);
  const { db } = database;
  const now = /* @__PURE__ */ new Date();
  for (let i = 0; i < open; i += 200) {
    const count = Math.min(200, open - i);
    await db.rumour.createMany({ data: Array.from({ length: count }, (_, j) => ({ text: text(i + j), status: "open", createdAt: now, lastAskedAt: now })) });
    const ids = (await db.rumour.findMany({ orderBy: { id: "desc" }, take: count, select: { id: true } })).map((r) => r.id);
    await db.rumourAsker.createMany({ data: ids.map((id, k) => ({ rumourId: id, userId: BigInt(1e4 + i + k), text: text(1e5 + i + k), createdAt: now })) });
  }
  if (process.env.BENCH_TRACE) console.log("askers", (process.memoryUsage().heapUsed / 1e6).toFixed(0));
  const keying = performance.now();
  while (await backfillRumourKeys(db) > 0) ;
  const keyed = (performance.now() - keying) / 1e3;
  globalThis.gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  peak = 0;
  peakHeap = 0;
  const times = [];
  const started = performance.now();
  for (let k = 0; k < NEW; k++) {
    const t0 = performance.now();
    await queueRumour(db, BigInt(9e5 + k), text(2e5 + k), now);
    times.push(performance.now() - t0);
    sample();
    if (process.env.BENCH_TRACE && k % 10 === 0) console.log("queued", k, (process.memoryUsage().heapUsed / 1e6).toFixed(0));
  }
  const total = (performance.now() - started) / 1e3;
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(0);
  console.log(
    `rumour queue: ${NEW} new rumours over ${open} open (600\u20131 200 characters, one asker each): ${total.toFixed(1)} s in all, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1).toFixed(0)} ms; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB, heap ${(baseHeap / 1024 / 1024).toFixed(0)} MB before, peak ${(peakHeap / 1024 / 1024).toFixed(0)} MB (keying the ${open} first: ${keyed.toFixed(1)} s)`
  );
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
