-- Rule-set versions, their files, every publication, and the active pointer (merit.store=postgres).
-- A version is immutable and keyed by the sha256 of its files; the pointer is one row whose
-- generation counts publications, so that a publication commits only over the state it checked.

CREATE TABLE rule_set (
    sha256      char(64)    PRIMARY KEY,
    id          char(12)    NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    annotations jsonb       NOT NULL DEFAULT '{}'
);

CREATE TABLE rule_set_file (
    sha256  char(64) NOT NULL REFERENCES rule_set (sha256),
    name    text     NOT NULL,
    content bytea    NOT NULL,
    PRIMARY KEY (sha256, name)
);

CREATE TABLE publication (
    seq          bigserial   PRIMARY KEY,
    sha256       char(64)    NOT NULL REFERENCES rule_set (sha256),
    published_at timestamptz NOT NULL,
    published_by text        NOT NULL
);

CREATE TABLE active_pointer (
    only_row   boolean     PRIMARY KEY DEFAULT true CHECK (only_row),
    sha256     char(64)    NOT NULL REFERENCES rule_set (sha256),
    generation bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
