#pragma once

#include <QString>

namespace steward {

struct Profile;

// What a profile's rows are scoped by, in the words people read: the forecasting pipeline's
// clients, UrutiIQ's companies, Krong Thai's restaurants. A system without a scope (WITHIN)
// groups its versions by model name, so its "scope" is the model.
namespace ScopeWords {
QString singular(const Profile& profile); // "Client", "Company", "Restaurant", "Model"
QString label(const Profile& profile);    // "Client:" ...
QString all(const Profile& profile);      // "All clients" ...
} // namespace ScopeWords

} // namespace steward
