-- The dashboard benchmark's data, set-based (generate_series), into a database the portal has just migrated:
-- staff and Members with roles, certificates and head-counts (for coverage); concerns over 24 months with their
-- destinations and the teams' cases; pledges; briefings with facilitators, sign-ins and feedback; and the report
-- page's channel counts. Enums are stored by name, as the EF configurations say (HasConversion<string>).
-- Random from a fixed seed (setseed): the same mix every run, though join order may move a few rows. Run by
-- bench/dashboard.sh, which passes:
--   concerns, pledges, briefings, staff   how many of each
--   departments                           the department slugs of content/reference/departments.yml, as '{a,b,…}'
--   phase_start, phase_end                the campaign phase the benchmark filters by: more concerns arrive during it
\set ON_ERROR_STOP on
\o /dev/null
SELECT setseed(0.2026);
\o
BEGIN;

CREATE TEMP TABLE bench_settings AS
SELECT :'departments'::text[] AS departments,
       array_length(:'departments'::text[], 1) AS department_count,
       (now() AT TIME ZONE 'Europe/London')::date AS today,
       :'phase_start'::date AS phase_start,
       least(:'phase_end'::date, (now() AT TIME ZONE 'Europe/London')::date) AS phase_until;

-- People. Staff n belongs to department 1 + (n - 1) % department_count; five champions per department.
CREATE TEMP TABLE bench_staff AS
SELECT g AS n, gen_random_uuid() AS id, s.departments[1 + (g - 1) % s.department_count] AS department,
       1 + (g - 1) % s.department_count AS department_index, random() < 0.2 AS contact_role
FROM generate_series(1, :staff) g, bench_settings s;
CREATE UNIQUE INDEX ON bench_staff (n);

CREATE TEMP TABLE bench_members AS SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, 100) g;

INSERT INTO "Users" ("Id", "Kind", "DisplayName", "Department", "IsContactRole", "CreatedAt", "LastSignedInAt", "UserName",
                     "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp",
                     "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
SELECT id, 'EntraId', 'Staff ' || n, department, contact_role, now() - interval '2 years', now() - random() * interval '60 days',
       'staff' || n || '@bench.invalid', 'STAFF' || n || '@BENCH.INVALID', 'staff' || n || '@bench.invalid', 'STAFF' || n || '@BENCH.INVALID',
       true, md5(id::text), md5(n::text), false, false, true, 0
FROM bench_staff
UNION ALL
SELECT id, 'Local', 'Member ' || n, NULL, false, now() - interval '2 years', now() - random() * interval '90 days',
       'member' || n || '@bench.invalid', 'MEMBER' || n || '@BENCH.INVALID', 'member' || n || '@bench.invalid', 'MEMBER' || n || '@BENCH.INVALID',
       true, md5(id::text), md5(n::text), false, true, true, 0
FROM bench_members;

CREATE TEMP TABLE bench_champions AS
SELECT st.*, j FROM bench_staff st, bench_settings s, generate_series(1, 5) j
WHERE st.n = st.department_index + s.department_count * 13 * j;

INSERT INTO "RoleGrants" ("Id", "UserId", "Role", "Scope", "Source", "GrantedAt")
SELECT gen_random_uuid(), id, 'Staff', NULL, 'EntraId', now() - interval '2 years' FROM bench_staff
UNION ALL
SELECT gen_random_uuid(), id, 'Champion', department, 'EntraId', now() - interval '18 months' FROM bench_champions
UNION ALL
SELECT gen_random_uuid(), id, 'Member', NULL, 'Administrator', now() - interval '2 years' FROM bench_members;

-- Training: most staff hold the essentials certificate (some lapsed), most contact roles level 2, champions theirs.
INSERT INTO "Certificate" ("Id", "Code", "UserId", "Method", "HolderName", "Course", "CourseTitle", "Level", "CompletedOn", "ExpiresOn", "Score", "Revoked")
SELECT gen_random_uuid(), 'BENCH-' || course_index || '-' || person, id, 'Online', name, course, title, level, completed, completed + interval '3 years', 80 + floor(random() * 21)::int, false
FROM (
  SELECT st.n AS person, st.id, 'Staff ' || st.n AS name, c.*, (now() - random() * interval '40 months')::date AS completed
  FROM bench_staff st
  JOIN (VALUES (1, 'safeguarding-essentials', 'Notice the Signs: safeguarding essentials', 'Level 1'),
               (2, 'safeguarding-in-contact-roles', 'Safeguarding in contact roles', 'Level 2'),
               (3, 'champion-running-a-briefing', 'Running a briefing', 'Champion')) AS c(course_index, course, title, level)
    ON (c.course_index = 1 AND random() < 0.75)
    OR (c.course_index = 2 AND st.contact_role AND random() < 0.65)
    OR (c.course_index = 3 AND st.n IN (SELECT n FROM bench_champions))
  UNION ALL
  SELECT 100000 + m.n, m.id, 'Member ' || m.n, 1, 'safeguarding-essentials', 'Notice the Signs: safeguarding essentials', 'Level 1', (now() - random() * interval '40 months')::date
  FROM bench_members m WHERE random() < 0.6
) certificates;

INSERT INTO "HeadCounts" ("Id", "Population", "EffectiveFrom", "Count", "RecordedAt")
SELECT gen_random_uuid(), department, date '2024-04-01', ceil(count(*) * 1.15)::int, now() - interval '20 months' FROM bench_staff GROUP BY department
UNION ALL
SELECT gen_random_uuid(), 'members', date '2024-04-01', 125, now() - interval '20 months';

-- Concerns. Spread over 24 months, with a share arriving during the campaign phase; 2% quarantined as suspected spam.
CREATE TEMP TABLE bench_concerns AS
SELECT g, gen_random_uuid() AS id, received_at,
       (received_at AT TIME ZONE 'Europe/London')::date AS received_on,
       CASE WHEN r_quarantine < 0.02 THEN 'Completed faster than a person could' END AS quarantine_reason,
       CASE WHEN r_quarantine >= 0.02 THEN 'New' WHEN received_at > now() - interval '14 days' THEN 'Quarantined' ELSE 'Rejected' END AS status,
       CASE WHEN r_urgency < 0.03 THEN 'P0' WHEN r_urgency < 0.18 THEN 'P1' WHEN r_urgency < 0.68 THEN 'P2' ELSE 'P3' END AS urgency,
       CASE WHEN r_role < 0.45 THEN 'Public' WHEN r_role < 0.70 THEN 'CorporationStaff' WHEN r_role < 0.90 THEN 'Professional' ELSE 'Self' END AS reporter_role,
       -- The src tag of the link the reporter came by: posters' QR codes, pledge cards and share links, noticeboards.
       CASE WHEN r_source < 0.20 THEN 'poster-' || (1 + floor(r_source * 25))::int
            WHEN r_source < 0.25 THEN 'pledge-card' WHEN r_source < 0.29 THEN 'pledge-share'
            WHEN r_source < 0.37 THEN 'noticeboard' END AS source,
       r_anonymous, r_destination, r_outside,
       -- 1 << (int)Category: one category, sometimes two (Neglect 3, Physical 0, Emotional 1, DomesticAbuse 6, Financial 11…).
       (1 << (ARRAY[3, 3, 0, 1, 6, 11, 2, 7, 4, 15, 10, 12, 5, 20, 21])[1 + floor(r_category * 15)::int])
         | CASE WHEN r_second < 0.3 THEN 1 << floor(r_second * 73)::int ELSE 0 END AS category_mask
FROM (
  SELECT g, random() AS r_quarantine, random() AS r_urgency, random() AS r_role, random() AS r_source, random() AS r_anonymous,
         random() AS r_destination, random() AS r_outside, random() AS r_category, random() AS r_second,
         CASE WHEN random() < 0.15 AND s.phase_start < s.phase_until
              THEN (s.phase_start::timestamp AT TIME ZONE 'Europe/London') + random() * (least(now(), (s.phase_until + 1)::timestamp AT TIME ZONE 'Europe/London') - (s.phase_start::timestamp AT TIME ZONE 'Europe/London'))
              ELSE now() - power(random(), 0.9) * interval '730 days' END AS received_at
  FROM generate_series(1, :concerns) g, bench_settings s
) r;

-- CategoryMask is being added to "Concerns" in parallel: set it when the column exists.
SELECT EXISTS (SELECT FROM information_schema.columns WHERE table_name = 'Concerns' AND column_name = 'CategoryMask') AS has_category_mask \gset
\if :has_category_mask
\set category_mask_column ', "CategoryMask"'
\set category_mask_value ', category_mask'
\else
\set category_mask_column ''
\set category_mask_value ''
\endif

-- The dashboard never decrypts the answers, so "ProtectedAnswers" holds a placeholder, not Data Protection ciphertext
-- (a team opening one of these cases would get an error); likewise the decision JSON is a stub.
INSERT INTO "Concerns" ("Id", "Reference", "ReceivedAt", "Status", "QuarantineReason", "Urgency", "ReporterRole", "Anonymous", "Source",
                        "DecideBy", "RulesFired", "ReferenceDataVersion", "DecisionJson", "ProtectedAnswers" :category_mask_column)
SELECT id, 'NTS-B' || lpad(g::text, 7, '0'), received_at, status, quarantine_reason, urgency, reporter_role,
       r_anonymous < 0.15 AND reporter_role IN ('Public', 'Self'), source,
       -- The next working day (bank holidays aside).
       received_on + CASE extract(isodow FROM received_on) WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END,
       'R-BENCH', 'bench', '{}', 'bench-placeholder: not ciphertext, never decrypted by the dashboard' :category_mask_value
FROM bench_concerns;

-- Where each went: the City's children's or adults' team, LADO with the children's team, Prevent, police 101 for the
-- rest and for emergencies, a copy to the department's lead for staff reports; some people live in another council.
CREATE TEMP TABLE bench_destinations AS
SELECT c.id AS concern_id, t.team, t.action,
       CASE WHEN t.team = 'Police101' THEN NULL WHEN c.r_outside < 0.12 AND t.team IN ('Children', 'Adults') THEN 'E09000030' ELSE 'E09000001' END AS authority_code,
       CASE WHEN t.team IN ('Children', 'Adults') THEN 0 END AS person_index
FROM bench_concerns c
CROSS JOIN LATERAL (VALUES
  ('Children', CASE WHEN c.r_outside < 0.12 THEN 'Transfer' ELSE 'Referral' END, c.r_destination < 0.45 OR (c.r_destination >= 0.80 AND c.r_destination < 0.91)),
  ('Adults', CASE WHEN c.r_outside < 0.12 THEN 'Transfer' ELSE 'Referral' END, c.r_destination >= 0.45 AND c.r_destination < 0.86),
  ('Lado', 'Referral', c.r_destination >= 0.86 AND c.r_destination < 0.91),
  ('Prevent', 'Referral', c.r_destination >= 0.91 AND c.r_destination < 0.94),
  ('Police101', 'Referral', c.r_destination >= 0.94 OR c.urgency = 'P0'),
  ('DepartmentLead', 'Copy', c.reporter_role = 'CorporationStaff')
) AS t(team, action, routed)
WHERE t.routed;

INSERT INTO "ConcernDestinations" ("ConcernId", "Team", "AuthorityCode", "Action", "PersonIndex")
SELECT concern_id, team, authority_code, action, person_index FROM bench_destinations;

-- The teams' cases: opened for nearly every released concern routed to a team's inbox, further along the older it
-- is; about 70% decided within the next working day; adults asked at closure whether they feel safer (1 to 10).
CREATE TEMP TABLE bench_cases AS
SELECT gen_random_uuid() AS id, c.id AS concern_id, d.team, c.received_at, age_days, r_status,
       CASE WHEN age_days > 30 THEN CASE WHEN r_status < 0.85 THEN 'Closed' WHEN r_status < 0.96 THEN 'Decided' ELSE 'Transferred' END
            WHEN age_days > 3 THEN CASE WHEN r_status < 0.30 THEN 'Closed' WHEN r_status < 0.75 THEN 'Decided' WHEN r_status < 0.88 THEN 'AwaitingSignOff' WHEN r_status < 0.97 THEN 'Acknowledged' ELSE 'New' END
            ELSE CASE WHEN r_status < 0.40 THEN 'New' WHEN r_status < 0.80 THEN 'Acknowledged' ELSE 'AwaitingSignOff' END END AS status,
       CASE WHEN random() < 0.72 THEN random() * interval '20 hours' ELSE interval '1 day' + random() * interval '8 days' END AS to_decision,
       random() AS r_safer, random() AS r_decision
FROM bench_concerns c
JOIN bench_destinations d ON d.concern_id = c.id AND d.team IN ('Children', 'Adults', 'Lado', 'Prevent')
CROSS JOIN LATERAL (SELECT extract(epoch FROM now() - c.received_at) / 86400 AS age_days, random() AS r_status, random() AS r_opened) x
WHERE c.quarantine_reason IS NULL AND x.r_opened < CASE WHEN x.age_days > 2 THEN 0.97 ELSE 0.5 END;

INSERT INTO "TeamCases" ("Id", "ConcernId", "Team", "Status", "AcknowledgedAt", "Decision", "DecidedAt", "TransferredTo", "FeelsSafer", "OutcomesMet", "ClosedAt")
SELECT id, concern_id, team, status,
       CASE WHEN status <> 'New' THEN received_at + r_decision * interval '3 hours' END,
       CASE WHEN status = 'Transferred' THEN 'TransferToAnotherCouncil'
            WHEN status IN ('Decided', 'Closed', 'AwaitingSignOff') THEN
              CASE team WHEN 'Children' THEN (ARRAY['AdviceAndSignposting', 'EarlyHelp', 'ChildInNeedAssessment', 'StrategyDiscussion', 'NoFurtherAction'])[1 + floor(r_decision * 5)::int]
                        WHEN 'Adults' THEN (ARRAY['AdultSafeguardingEnquiry', 'AdviceAndSignposting', 'NoFurtherAction'])[1 + floor(r_decision * 3)::int]
                        WHEN 'Lado' THEN 'ReferToLado' ELSE 'AdviceAndSignposting' END END,
       CASE WHEN status IN ('Decided', 'Closed', 'Transferred') THEN least(now(), received_at + to_decision) END,
       CASE WHEN status = 'Transferred' THEN CASE team WHEN 'Children' THEN 'Adults' ELSE 'Children' END END,
       CASE WHEN status = 'Closed' AND team = 'Adults' AND r_safer < 0.65 THEN least(10, 1 + floor(10 * power(random(), 0.6))::int) END,
       CASE WHEN status = 'Closed' AND team = 'Adults' THEN (ARRAY['Yes', 'Partly', 'No', 'NotKnown'])[1 + floor(r_safer * 4)::int] END,
       CASE WHEN status = 'Closed' THEN least(now(), received_at + to_decision + random() * interval '40 days') END
FROM bench_cases;

-- Pledges: staff (one current pledge each at most; some renewed or withdrawn), Members, partners and the public.
CREATE TEMP TABLE bench_pledges AS
SELECT g, gen_random_uuid() AS id,
       CASE WHEN g <= 7500 THEN 'Staff' WHEN g <= 7600 THEN 'Member' WHEN g <= 9000 THEN 'Partner' ELSE 'Public' END AS source,
       CASE WHEN g <= 4500 THEN g WHEN g <= 7500 THEN g - 4500 END AS staff_n,
       CASE WHEN g > 7500 AND g <= 7600 THEN g - 7500 END AS member_n,
       CASE WHEN g <= 2000 THEN now() - random() * interval '12 months'
            WHEN g <= 4500 THEN now() - random() * interval '20 months'
            WHEN g <= 7500 THEN now() - interval '12 months' - random() * interval '12 months'
            ELSE now() - power(random(), 0.8) * interval '24 months' END AS pledged_at,
       random() AS r_wall, random() AS r_follow_up, random() AS r_quarantine
FROM generate_series(1, :pledges) g;
CREATE UNIQUE INDEX ON bench_pledges (g);

INSERT INTO "Pledges" ("Id", "UserId", "FirstName", "Department", "PledgedAt", "WithdrawnAt", "OnWall", "ShowName", "Source",
                       "QuarantineReason", "FollowUpSentAt", "Honoured", "RenewedAsId")
SELECT p.id, coalesce(st.id, m.id), CASE WHEN p.r_wall < 0.4 THEN 'Pat' END, st.department, p.pledged_at,
       CASE WHEN p.g > 6500 AND p.g <= 7500 THEN p.pledged_at + random() * interval '6 months' END,
       p.r_wall < 0.4, p.r_wall < 0.2, p.source,
       CASE WHEN p.source = 'Public' AND p.r_quarantine < 0.015 THEN 'Pledged faster than a person could' END,
       -- The 30-day follow-up has gone out for every pledge old enough, as the portal's job would have done.
       CASE WHEN p.pledged_at < now() - interval '30 days' THEN p.pledged_at + interval '30 days' END,
       CASE WHEN p.pledged_at < now() - interval '30 days' AND p.r_follow_up < 0.4 THEN p.r_follow_up < 0.32 END,
       -- Staff pledges 4501..6500 lapsed and were renewed as the same person's pledges 1..2000.
       CASE WHEN p.g > 4500 AND p.g <= 6500 THEN renewed.id END
FROM bench_pledges p
LEFT JOIN bench_staff st ON st.n = p.staff_n
LEFT JOIN bench_members m ON m.n = p.member_n
LEFT JOIN bench_pledges renewed ON p.g > 4500 AND p.g <= 6500 AND renewed.g = p.g - 4500;

-- Briefings: each led by one of its department's champions (15% co-facilitated), with the staff who signed in by the
-- code (distinct people of that department) and the feedback of about half of them.
CREATE TEMP TABLE bench_briefings AS
SELECT g, gen_random_uuid() AS id, 1 + (g - 1) % s.department_count AS department_index, s.departments[1 + (g - 1) % s.department_count] AS department,
       s.today - floor(730 * random())::int AS held_on, 4 + floor(random() * 36)::int AS head_count, random() AS r_format, random() AS r_co,
       1 + g % 5 AS champion_j, s.department_count
FROM generate_series(1, :briefings) g, bench_settings s;

INSERT INTO "Briefings" ("Id", "Department", "HeldOn", "HeadCount", "Format", "DurationMinutes", "LoggedBy", "LoggedAt", "Backdated", "SignInSecret", "SignInCloses")
SELECT b.id, b.department, b.held_on, b.head_count,
       CASE WHEN b.r_format < 0.6 THEN 'InPerson' WHEN b.r_format < 0.9 THEN 'Online' ELSE 'Hybrid' END,
       (ARRAY[20, 30, 45, 60, 90])[1 + floor(random() * 5)::int], ch.id, logged_at, logged_at > b.held_on + 30,
       decode(md5(b.id::text), 'hex'), (b.held_on + time '14:00') AT TIME ZONE 'Europe/London'
FROM bench_briefings b
JOIN bench_champions ch ON ch.department_index = b.department_index AND ch.j = b.champion_j
CROSS JOIN LATERAL (SELECT ((b.held_on + time '17:00') AT TIME ZONE 'Europe/London') + CASE WHEN random() < 0.02 THEN interval '35 days' ELSE random() * interval '2 days' END AS logged_at) l;

INSERT INTO "BriefingFacilitators" ("BriefingId", "UserId")
SELECT b.id, ch.id FROM bench_briefings b
JOIN bench_champions ch ON ch.department_index = b.department_index AND (ch.j = b.champion_j OR (b.r_co < 0.15 AND ch.j = b.champion_j % 5 + 1));

CREATE TEMP TABLE bench_attendees AS
SELECT b.id AS briefing_id, st.id AS user_id, (b.held_on + time '13:10') AT TIME ZONE 'Europe/London' + random() * interval '40 minutes' AS signed_in_at, random() < 0.5 AS gave_feedback
FROM bench_briefings b
CROSS JOIN LATERAL generate_series(1, floor(b.head_count * random() * 0.6)::int) i
-- Distinct people of the briefing's department: 104729 is prime, so i -> k is one-to-one below the department's size.
JOIN bench_staff st ON st.n = b.department_index + b.department_count * ((b.g * 7919 + i * 104729) % (:staff / b.department_count));

INSERT INTO "BriefingAttendees" ("BriefingId", "UserId", "SignedInAt", "GaveFeedback")
SELECT briefing_id, user_id, signed_in_at, gave_feedback FROM bench_attendees;

INSERT INTO "BriefingFeedback" ("Id", "BriefingId", "Confidence", "KnowsWhomToContact")
SELECT gen_random_uuid(), briefing_id, least(5, 2 + floor(4 * power(random(), 0.7))::int), random() < 0.85 FROM bench_attendees WHERE gave_feedback;

-- The report page's funnel per channel and day: start-page visits and reports started.
INSERT INTO "ChannelCounts" ("Id", "Day", "Channel", "Stage", "Count")
SELECT gen_random_uuid(), day, channel, stage, CASE stage WHEN 'Visit' THEN visits ELSE floor(visits * (0.25 + random() * 0.2))::int END
FROM (
  SELECT day::date, channel, 1 + floor(random() * weight)::int AS visits
  FROM generate_series(now() - interval '730 days', now(), interval '1 day') day,
       (VALUES ('direct', 60), ('poster-1', 12), ('poster-2', 10), ('poster-3', 8), ('poster-4', 8), ('poster-5', 6),
               ('pledge-card', 6), ('pledge-share', 5), ('noticeboard', 9)) AS c(channel, weight)
) v, (VALUES ('Visit'), ('Start')) AS st(stage);

COMMIT;
VACUUM ANALYZE "Users", "RoleGrants", "Certificate", "HeadCounts", "Concerns", "ConcernDestinations", "TeamCases", "Pledges",
  "Briefings", "BriefingFacilitators", "BriefingAttendees", "BriefingFeedback", "ChannelCounts";

SELECT (SELECT count(*) FROM "Concerns") AS concerns, (SELECT count(*) FROM "ConcernDestinations") AS destinations,
       (SELECT count(*) FROM "TeamCases") AS cases, (SELECT count(*) FROM "Pledges") AS pledges, (SELECT count(*) FROM "Briefings") AS briefings,
       (SELECT count(*) FROM "BriefingAttendees") AS attendances, (SELECT count(*) FROM "Users") AS people,
       (SELECT count(*) FROM "ChannelCounts") AS channel_counts, :'has_category_mask' AS category_mask;
