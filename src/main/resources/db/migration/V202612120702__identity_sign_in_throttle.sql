-- nodes (issue 23, ADR 0030 and 0084): the sign-in throttle's state, shared by every node, so that
-- failures spread over several nodes are counted as one. Token buckets are Bucket4j's serialised
-- state, changed by compare-and-swap (a row's bytes are replaced only if no node changed them
-- meanwhile); a suspect is an address that failed on an account name within the last 15 minutes.
-- Rows past their expiry are deleted as failures come in.
CREATE TABLE identity.sign_in_bucket
(
  bucket_key VARCHAR(200) NOT NULL PRIMARY KEY,
  state      BYTEA        NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_bucket_expiry ON identity.sign_in_bucket (expires_at);

CREATE TABLE identity.sign_in_suspect
(
  address_and_name VARCHAR(300) NOT NULL PRIMARY KEY,
  until            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_suspect_until ON identity.sign_in_suspect (until);
