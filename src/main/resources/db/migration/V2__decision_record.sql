-- The decision record (decisionlog.PostgresDecisionLog): the same three tables as the embedded
-- store. A decision's subjects are one text[] per decision, deliberately without an index keyed by
-- subject: one indexed row per subject costs a county decision 1,560 scattered index insertions,
-- while the subjectId filter can scan the arrays of the decisions it reads, newest first.
CREATE TABLE decision (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              text        NOT NULL UNIQUE,
    kind            text        NOT NULL,
    year            integer,
    quarter         integer,
    decided_at      timestamptz NOT NULL,
    decided_by      text        NOT NULL,
    rule_set_id     text,
    rule_set_sha256 text,
    request_sha256  text,
    answer_zstd     bytea,
    refers_to       text,
    complete        boolean     NOT NULL DEFAULT true
);
CREATE INDEX decision_decided_at ON decision (decided_at);
CREATE INDEX decision_refers_to ON decision (refers_to);

-- the request apart: completing a decision rewrites its row, which must not copy megabytes
CREATE TABLE decision_request (
    seq          bigint PRIMARY KEY REFERENCES decision (seq) ON DELETE CASCADE,
    request_zstd bytea  NOT NULL
);

CREATE TABLE decision_subjects (
    seq         bigint PRIMARY KEY REFERENCES decision (seq) ON DELETE CASCADE,
    subject_ids text[] NOT NULL
);

-- zstd bodies do not compress further: stored out of line as they are, without a pglz attempt
ALTER TABLE decision ALTER COLUMN answer_zstd SET STORAGE EXTERNAL;
ALTER TABLE decision_request ALTER COLUMN request_zstd SET STORAGE EXTERNAL;
