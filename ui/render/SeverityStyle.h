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
} // namespace SeverityStyle

} // namespace steward
