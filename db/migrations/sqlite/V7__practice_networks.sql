-- Verbinder schema, version 7: the networks the practice takes part in (Netwerken), their
-- members, goals and phase history, the moments held in them, and their reviews. Not the map
-- of the practice's own partners (Netwerk): that is drawn from partner and contact_moment.
CREATE TABLE practice_network (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind              TEXT    NOT NULL CHECK (kind IN ('managed', 'development', 'learning', 'advocacy', 'social')),
    governance        TEXT    NOT NULL
        CHECK (governance IN ('self-governed', 'lead-organisation', 'network-organisation')),
    focus             TEXT    NOT NULL CHECK (focus IN ('client', 'condition', 'task')),
    scope             TEXT    NOT NULL CHECK (scope IN ('regional', 'national')),
    region            TEXT,
    our_role          TEXT    NOT NULL CHECK (our_role IN ('participant', 'core-group', 'lead')),
    hours_per_quarter INTEGER CHECK (hours_per_quarter IS NULL OR hours_per_quarter BETWEEN 0 AND 2000),
    contract          TEXT,
    contract_until    TEXT    CHECK (contract_until IS NULL OR date(contract_until) IS contract_until),
    phase             TEXT    NOT NULL
        CHECK (phase IN ('recruiting', 'regionalising', 'participating', 'institutionalising', 'changing')),
    notes             TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    version           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE practice_network_member (
    network_id INTEGER NOT NULL REFERENCES practice_network (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    role       TEXT,
    PRIMARY KEY (network_id, partner_id)
);
CREATE INDEX practice_network_member_partner ON practice_network_member (partner_id);

CREATE TABLE practice_network_goal (
    network_id INTEGER NOT NULL REFERENCES practice_network (id) ON DELETE CASCADE,
    goal_id    INTEGER NOT NULL REFERENCES shared_goal (id) ON DELETE CASCADE,
    PRIMARY KEY (network_id, goal_id)
);
CREATE INDEX practice_network_goal_goal ON practice_network_goal (goal_id);

-- The phase history: a network may go back to an earlier phase, so phases repeat.
CREATE TABLE practice_network_phase (
    id         INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES practice_network (id) ON DELETE CASCADE,
    phase      TEXT    NOT NULL
        CHECK (phase IN ('recruiting', 'regionalising', 'participating', 'institutionalising', 'changing')),
    since      TEXT    NOT NULL CHECK (date(since) IS since)
);
CREATE INDEX practice_network_phase_network ON practice_network_phase (network_id, since);

-- A contact moment held in a network (a network meeting is logged as a moment with each
-- member partner present, each tagged with the network).
CREATE TABLE practice_network_moment (
    network_id INTEGER NOT NULL REFERENCES practice_network (id) ON DELETE CASCADE,
    moment_id  INTEGER NOT NULL REFERENCES contact_moment (id) ON DELETE CASCADE,
    PRIMARY KEY (network_id, moment_id)
);
CREATE INDEX practice_network_moment_moment ON practice_network_moment (moment_id);

CREATE TABLE network_review (
    id              INTEGER PRIMARY KEY,
    network_id      INTEGER NOT NULL REFERENCES practice_network (id) ON DELETE CASCADE,
    reviewed_on     TEXT    NOT NULL CHECK (date(reviewed_on) IS reviewed_on),
    trust           INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 4),
    participants    INTEGER NOT NULL CHECK (participants BETWEEN 1 AND 100000),
    goal_consensus  INTEGER NOT NULL CHECK (goal_consensus BETWEEN 1 AND 4),
    competence_need INTEGER NOT NULL CHECK (competence_need BETWEEN 1 AND 4),
    decision        TEXT    NOT NULL CHECK (decision IN ('invest', 'maintain', 'let-go')),
    decision_note   TEXT,
    created_at      TEXT    NOT NULL
);
CREATE INDEX network_review_network ON network_review (network_id, reviewed_on);

-- The six maturity dimensions of a review, each 1-4 with a one-line reason.
CREATE TABLE network_review_score (
    review_id INTEGER NOT NULL REFERENCES network_review (id) ON DELETE CASCADE,
    dimension TEXT    NOT NULL CHECK (dimension IN ('shared-purpose', 'compelling-goal', 'daily-needs',
                                                    'fitting-leadership', 'strong-ties', 'useful-output')),
    score     INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
    reason    TEXT,
    PRIMARY KEY (review_id, dimension)
);

-- The nine tips of a review, each answered yes (1) or no (0).
CREATE TABLE network_review_tip (
    review_id INTEGER NOT NULL REFERENCES network_review (id) ON DELETE CASCADE,
    tip       TEXT    NOT NULL CHECK (tip IN ('room-to-meet', 'right-people', 'clear-task', 'core-coalition',
                                              'perseverance', 'rotating-roles', 'reflection',
                                              'two-level-commitment', 'show-progress')),
    followed  INTEGER NOT NULL CHECK (followed IN (0, 1)),
    PRIMARY KEY (review_id, tip)
);
