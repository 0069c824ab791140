#pragma once

#include "models/itemmodels/PagedQuery.h"

namespace steward {

class ModelRegistry;

// Every training job of one client, newest first, failed ones with their error message: a
// paged query for the Models view's jobs list.
namespace JobListQuery {
PagedQuery build(const ModelRegistry& registry, const QString& clientId);
} // namespace JobListQuery

} // namespace steward
