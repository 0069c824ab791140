#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace steward {

// How severities look everywhere (queue, detail, report). Each severity has its own shape as
// well as its colour, so that it reads without colour too; words from a newer monitor get a
// neutral "?" look. Statuses never borrow these colours (the report gives them neutral shades).
namespace SeverityStyle {
QColor severityColor(const QString& severity);
QIcon severityIcon(const QString& severity);
// The icon drawn at one size, for labels and documents.
QPixmap severityPixmap(const QString& severity, int size, qreal devicePixelRatio = 1.0);

// The severity's colour as text on the application palette's base colour (ReadableColor), so
// that it stays legible under a dark palette too.
QColor severityTextColor(const QString& severity);
// A faint wash of the severity's colour over the palette's base, for a whole row.
QColor severityRowTint(const QString& severity);
// The overdue marker, a clock face: `strong` fills it with the severity's colour (for the items
// that must stand out), otherwise a thin outline in the palette's muted text colour.
QIcon overdueIcon(const QString& severity, bool strong);
} // namespace SeverityStyle

} // namespace steward
