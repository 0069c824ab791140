#pragma once

#include "models/registry/VersionChanges.h"

#include <QColor>
#include <QString>

namespace steward {

// How a metric's move against another version reads in the Models view's list and detail.
namespace MetricMoveText {
// "+0.0217 (+9.0%)", or "|bias| −0.0033 (−23.1%)" for a change measured on the magnitude.
QString change(const VersionChanges::Move& move);
// "wmape 0.2412 → 0.2629; +0.0217 (+9.0%): worse"
QString sentence(const VersionChanges::Move& move);
// Red for worse, green for better, invalid (the palette's text) for unchanged; legible on the
// palette's base colour, light or dark.
QColor colour(const VersionChanges::Move& move);
} // namespace MetricMoveText

} // namespace steward
