#pragma once

#include "models/monitoring/Trend.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>
#include <optional>

class QTableWidgetItem;

namespace steward {

// How the Monitoring view writes its figures and words: trends with an arrow the way the fitted
// line goes, coloured by whether that is better or worse (the charts' green, red and grey); drift
// statuses red, amber and green; numbers to four significant digits. Each cell keeps the figure
// as it was read in Qt::UserRole.
namespace MonitoringCells {
QColor trendColor(const std::optional<TrendKind>& kind);
// Up, down or level: the direction of the change itself, whichever way is better.
QIcon trendIcon(const std::optional<TrendKind>& kind, double change);
QString trendWord(const std::optional<TrendKind>& kind);
QTableWidgetItem* trend(const std::optional<TrendKind>& kind, double change, const QString& explanation = {});

QColor driftColor(const QString& status);
QString driftWord(const QString& status);
QTableWidgetItem* driftStatus(const QString& status, bool current);

QString number(double value);
QString number(const std::optional<double>& value);
QString percent(const std::optional<double>& share);
QString time(const QDateTime& at);
QTableWidgetItem* text(const QString& text, const QString& toolTip = {});
QTableWidgetItem* figure(const std::optional<double>& value, const QString& shown = {});
QTableWidgetItem* count(qint64 value);
} // namespace MonitoringCells

} // namespace steward
