#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"

#include <functional>
#include <optional>

class QObject;

namespace steward::Keyring {

// PostgreSQL passwords in the desktop keyring (the Secret Service of GNOME or KDE), under the
// service "Steward" and the connection's URI without its password. Nothing else in Steward ever
// stores a password; without a keyring nothing is stored at all.
//
// The keyring answers asynchronously (QKeychain's jobs): each call returns at once, and its
// callback runs on `context`'s thread when the keyring has answered, unless `context` is gone
// by then. The window never waits for the keyring.

using PasswordFound = std::function<void(const std::optional<QString>& password)>;
using Done = std::function<void(const Outcome& outcome)>;

// The stored password for `target`'s server, user and database, if there is one (none for a
// SQLite file: `found` is then called at once).
void password(const ConnectionTarget& target, QObject* context, PasswordFound found);
void store(const ConnectionTarget& target, const QString& password, QObject* context, Done done);
// Removes the stored password; succeeds when there was none.
void forget(const ConnectionTarget& target, QObject* context, Done done);

} // namespace steward::Keyring
