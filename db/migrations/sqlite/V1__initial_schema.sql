-- Verbinder schema, version 1.
-- Dates are ISO text (YYYY-MM-DD), moments in time ISO-8601 UTC text; both sort as text and
-- are readable in the sqlite3 shell. Codes are the stable codes of the domain enums.
-- No patient data is stored anywhere: only the practice, its therapists and its network.

CREATE TABLE practice_profile (
    id                       INTEGER PRIMARY KEY CHECK (id = 1),
    name                     TEXT    NOT NULL DEFAULT '',
    street                   TEXT,
    postcode                 TEXT    CHECK (postcode IS NULL OR postcode GLOB '[1-9][0-9][0-9][0-9] [A-Z][A-Z]'),
    city                     TEXT,
    specialisations          TEXT,
    passions_and_competences TEXT,
    distinctive_strengths    TEXT,
    target_groups            TEXT,
    updated_at               TEXT    NOT NULL,
    version                  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE therapist (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT    NOT NULL CHECK (role IN ('therapist', 'practice-owner')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    competences TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX therapist_name_unique ON therapist (name COLLATE NOCASE);

CREATE TABLE partner (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind          TEXT    NOT NULL DEFAULT 'organisation' CHECK (kind IN ('organisation', 'person')),
    category      TEXT    NOT NULL CHECK (category IN (
                      'gp', 'midwife', 'dietitian', 'gynaecologist', 'gym', 'swimming-pool', 'sports-club',
                      'school', 'municipality', 'health-insurer', 'patient-organisation',
                      'professional-association', 'welfare', 'home-care', 'hospital', 'online-community',
                      'other')),
    street        TEXT,
    postcode      TEXT    CHECK (postcode IS NULL OR postcode GLOB '[1-9][0-9][0-9][0-9] [A-Z][A-Z]'),
    city          TEXT,
    phone         TEXT,
    email         TEXT    CHECK (email IS NULL OR email LIKE '%_@_%._%'),
    website       TEXT    CHECK (website IS NULL OR website LIKE 'http://%' OR website LIKE 'https://%'),
    how_we_know   TEXT,
    what_they_mean_for_us TEXT,
    what_we_mean_for_them TEXT,
    rhythm_days   INTEGER CHECK (rhythm_days IS NULL OR rhythm_days > 0),
    status        TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('prospect', 'active', 'dormant', 'ended')),
    trust         INTEGER CHECK (trust IS NULL OR trust BETWEEN 1 AND 5),
    owner_id      INTEGER REFERENCES therapist (id) ON DELETE SET NULL,
    notes         TEXT,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    deleted_at    TEXT
);
CREATE INDEX partner_owner ON partner (owner_id);
CREATE INDEX partner_category ON partner (category);
CREATE INDEX partner_name ON partner (name COLLATE NOCASE);
CREATE INDEX partner_postcode ON partner (postcode);

CREATE TABLE partner_tag (
    partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    tag        TEXT    NOT NULL COLLATE NOCASE CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (partner_id, tag)
) WITHOUT ROWID;
CREATE INDEX partner_tag_tag ON partner_tag (tag);

CREATE TABLE contact_person (
    id           INTEGER PRIMARY KEY,
    partner_id   INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    role         TEXT,
    email        TEXT    CHECK (email IS NULL OR email LIKE '%_@_%._%'),
    phone        TEXT,
    linkedin_url TEXT    CHECK (linkedin_url IS NULL OR linkedin_url LIKE 'http%://%'),
    notes        TEXT,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_person_partner ON contact_person (partner_id);

CREATE TABLE shared_goal (
    id                       INTEGER PRIMARY KEY,
    title                    TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    what_is_going_on         TEXT,
    what_matters_for_patient TEXT,
    possibilities            TEXT,
    what_we_go_for           TEXT,
    status                   TEXT    NOT NULL DEFAULT 'idea'
                                 CHECK (status IN ('idea', 'exploring', 'agreed', 'active', 'achieved', 'stopped')),
    target_date              TEXT    CHECK (target_date IS NULL OR date(target_date) IS target_date),
    created_at               TEXT    NOT NULL,
    updated_at               TEXT    NOT NULL,
    version                  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE shared_goal_partner (
    goal_id    INTEGER NOT NULL REFERENCES shared_goal (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    PRIMARY KEY (goal_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX shared_goal_partner_partner ON shared_goal_partner (partner_id);

CREATE TABLE contact_moment (
    id             INTEGER PRIMARY KEY,
    partner_id     INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    moment_date    TEXT    NOT NULL CHECK (date(moment_date) IS moment_date),
    kind           TEXT    NOT NULL CHECK (kind IN ('in-person', 'phone', 'email', 'video', 'event', 'other')),
    summary        TEXT    NOT NULL CHECK (length(trim(summary)) > 0),
    offered        TEXT,
    asked          TEXT,
    follow_up      TEXT,
    follow_up_due  TEXT    CHECK (follow_up_due IS NULL OR date(follow_up_due) IS follow_up_due),
    follow_up_done TEXT    CHECK (follow_up_done IS NULL OR date(follow_up_done) IS follow_up_done),
    logged_by      INTEGER REFERENCES therapist (id) ON DELETE SET NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    CHECK (follow_up IS NOT NULL OR (follow_up_due IS NULL AND follow_up_done IS NULL))
);
-- A partner's timeline and its last contact: newest first per partner.
CREATE INDEX contact_moment_partner_date ON contact_moment (partner_id, moment_date DESC);
-- Moments by period (the Contactmomenten view, exports, charts).
CREATE INDEX contact_moment_date ON contact_moment (moment_date);
-- Open follow-ups, by due date.
CREATE INDEX contact_moment_open_follow_up ON contact_moment (follow_up_due)
    WHERE follow_up IS NOT NULL AND follow_up_done IS NULL;

CREATE TABLE contact_moment_therapist (
    moment_id    INTEGER NOT NULL REFERENCES contact_moment (id) ON DELETE CASCADE,
    therapist_id INTEGER NOT NULL REFERENCES therapist (id) ON DELETE CASCADE,
    PRIMARY KEY (moment_id, therapist_id)
) WITHOUT ROWID;
CREATE INDEX contact_moment_therapist_therapist ON contact_moment_therapist (therapist_id);

CREATE TABLE contact_moment_person (
    moment_id         INTEGER NOT NULL REFERENCES contact_moment (id) ON DELETE CASCADE,
    contact_person_id INTEGER NOT NULL REFERENCES contact_person (id) ON DELETE CASCADE,
    PRIMARY KEY (moment_id, contact_person_id)
) WITHOUT ROWID;
CREATE INDEX contact_moment_person_person ON contact_moment_person (contact_person_id);

CREATE TABLE contact_moment_goal (
    moment_id INTEGER NOT NULL REFERENCES contact_moment (id) ON DELETE CASCADE,
    goal_id   INTEGER NOT NULL REFERENCES shared_goal (id) ON DELETE CASCADE,
    PRIMARY KEY (moment_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX contact_moment_goal_goal ON contact_moment_goal (goal_id);

CREATE TABLE environment_note (
    id          INTEGER PRIMARY KEY,
    factor      TEXT    NOT NULL CHECK (factor IN ('population', 'health', 'care-and-welfare', 'existing-networks',
                                                   'target-groups', 'other')),
    area        TEXT,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    body        TEXT,
    source_kind TEXT    CHECK (source_kind IS NULL OR source_kind IN ('municipality', 'own-patient-data',
                                   'regional-news', 'local-networks', 'allecijfers', 'cbsinuwbuurt', 'funda',
                                   'other')),
    source_url  TEXT    CHECK (source_url IS NULL OR source_url LIKE 'http%://%'),
    observed_on TEXT    CHECK (observed_on IS NULL OR date(observed_on) IS observed_on),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX environment_note_factor ON environment_note (factor);

CREATE TABLE environment_note_partner (
    note_id    INTEGER NOT NULL REFERENCES environment_note (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX environment_note_partner_partner ON environment_note_partner (partner_id);

-- The practice profile is a single row from the start; the app fills it in.
INSERT INTO practice_profile (id, name, updated_at) VALUES (1, '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
