#pragma once

#include "models/db/ConnectionTarget.h"

namespace steward {

// libpq parameters whose value is a secret (the login's password, the SSL key's sslpassword):
// masked in every text for people, left out of everything stored.
bool isSecretParameter(const QString& name);

// A secret was written into the target itself rather than left to PGPASSWORD or ~/.pgpass.
bool hasInlineSecret(const ConnectionTarget& target);

} // namespace steward
