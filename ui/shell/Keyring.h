#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"

#include <optional>

namespace steward::Keyring {

// PostgreSQL passwords in the desktop keyring (the Secret Service of GNOME or KDE), under the
// service "Steward" and the connection's URI without its password. Nothing else in Steward ever
// stores a password; without a keyring nothing is stored at all.

// The stored password for `target`'s server, user and database, if there is one.
std::optional<QString> password(const ConnectionTarget& target);
Outcome store(const ConnectionTarget& target, const QString& password);
// Removes the stored password; succeeds when there was none.
Outcome forget(const ConnectionTarget& target);

} // namespace steward::Keyring
