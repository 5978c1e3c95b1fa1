-- Concordat schema, version 17: how private keys are sealed. Every key is sealed with AES-256-GCM under one
-- key-encryption key per installation, derived once per server start from CONCORDAT_CA_PASSWORD (the environment,
-- never the database) with PBKDF2 over the random salt kept here: one row, created at first start beside the
-- certification authority, and never changed, since another salt would lock every sealed key away. Neither the
-- password nor the key is stored. Keys sealed before (encrypted PKCS#8, PBES2) still open, and an organisation's
-- key is sealed anew at its first use.

CREATE TABLE signing_key_sealing (
    id                          BIGINT PRIMARY KEY,
    algorithm                   VARCHAR(40) NOT NULL,
    iterations                  INTEGER NOT NULL,
    salt                        BYTEA NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signing_key_sealing_single CHECK (id = 1),
    CONSTRAINT signing_key_sealing_iterations CHECK (iterations >= 310000),
    CONSTRAINT signing_key_sealing_salt CHECK (octet_length(salt) >= 16)
);
COMMENT ON TABLE signing_key_sealing IS 'The derivation of the key-encryption key that seals private keys: no secret';
COMMENT ON COLUMN signing_key_sealing.algorithm IS 'JCA name of the key derivation, PBKDF2WithHmacSHA256';
COMMENT ON COLUMN signing_key_sealing.salt IS 'Random installation salt (32 bytes)';
COMMENT ON COLUMN signing_authority.sealed_key IS 'Sealed private key: concordat-sealed-key/2 (header "CSK" and byte 2, nonce, AES-256-GCM) or, written before V17, DER-encoded encrypted PKCS#8 (PBES2)';
COMMENT ON COLUMN signing_credential.sealed_key IS 'Sealed private key: concordat-sealed-key/2 (header "CSK" and byte 2, nonce, AES-256-GCM) or, written before V17, DER-encoded encrypted PKCS#8 (PBES2), sealed anew at first use';
