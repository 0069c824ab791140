#pragma once

#include "models/core/Outcome.h"

#include <functional>

class QIODevice;

namespace steward {

class Database;
struct PagedQuery;

// A list view's rows as CSV: exactly what the view's query selects — its filters, search and
// order, segment after segment — streamed from the database, never held in memory. The
// header is the column names (the keys scripts use); values are written as Steward reads
// them, secrets as the placeholder, and every cell through CsvText.
namespace PagedQueryCsv {
// `progress(rows)` every thousand rows; returning false cancels (an error, nothing promised).
Outcome write(Database& database, const PagedQuery& query, QIODevice& out,
              const std::function<bool(qint64 rows)>& progress = {});
} // namespace PagedQueryCsv

} // namespace steward
