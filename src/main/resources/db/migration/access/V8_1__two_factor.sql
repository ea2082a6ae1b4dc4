-- Two-factor sign-in (TOTP, RFC 6238). People are referenced by id only (they belong to the workspace module).
-- The shared secret is sealed: 12-byte nonce || AES-256-GCM ciphertext and tag, the person's id as associated data,
-- under a key derived from the documents key. A row without enabled_at is a set-up waiting for its first code.
-- last_step is the newest time step a code was accepted for: a code (or an older one) is never accepted twice.
create table access.two_factor (
    person_id     uuid primary key,
    secret_sealed bytea not null,
    enabled_at    timestamptz,
    last_step     bigint,
    created_at    timestamptz not null
);

-- Single-use recovery codes, only their SHA-256 kept; they go with the person's two-factor sign-in.
create table access.two_factor_recovery (
    person_id uuid not null references access.two_factor (person_id) on delete cascade,
    code_hash text not null,
    used_at   timestamptz,
    primary key (person_id, code_hash)
);

-- Workspaces whose owner requires two-factor sign-in of every person who works in them.
create table access.two_factor_requirement (
    workspace_id uuid primary key,
    required_at  timestamptz not null,
    required_by  uuid not null
);
