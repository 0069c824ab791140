#pragma once

#include "models/core/Outcome.h"
#include "models/demo/DemoGenerator.h"
#include "models/demo/DemoRandom.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

class Database;

// The state one demo run shares across its tables: the generator, the clients, and the model
// versions and cycles that later tables refer to.
class DemoWriter
{
public:
    DemoWriter(Database& database, const DemoOptions& options);

    Outcome writeAll(RowCounts& counts);
    // The states of an improvement cycle, in the order a cycle goes through them.
    static const QStringList& cycleStates();

private:
    struct Client
    {
        QString id;
        QString name;
        double baseWmape;
        QStringList versions; // oldest first
        QStringList cycles;
        QList<qint64> products;
    };

    Outcome writeModels(RowCounts& counts);
    Outcome writeCycles(RowCounts& counts);
    Outcome writeBacktests(RowCounts& counts);
    Outcome writeForecasts(RowCounts& counts);
    Outcome writeSuggestions(RowCounts& counts);
    Outcome writeGovernance(RowCounts& counts);
    Outcome writeAuxiliary(RowCounts& counts);
    bool report(const QString& stage, double fraction);

    QString isoTime(const QDateTime& t) const;
    // When a violation detected at `detected` was closed: an hour to six days later, never
    // after the data's "now".
    QDateTime closedAt(const QDateTime& detected);
    QString isoDate(const QDate& d) const { return d.toString(Qt::ISODate); }
    QString table(const char* name) const;
    QString metricsJson(double wmape, double bias, double fnr, double mae, bool extended);
    bool allowInvalidJson() const;

    Database& m_db;
    DemoOptions m_options;
    DemoRandom m_random;
    QDateTime m_now;
    QList<Client> m_clients;
    double m_progressStart = 0; // where the current table's progress starts in the whole run
    double m_progressSpan = 1;
};

} // namespace steward
