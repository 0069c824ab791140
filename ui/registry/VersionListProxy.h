#pragma once

#include <QIdentityProxyModel>
#include <QMap>
#include <optional>

namespace steward {

// Presents the version list (PagedTableModel over VersionListQuery's columns) for people: readable training dates,
// metrics to four decimals with the exact value in the tooltip, durations in minutes, failed
// jobs in red, friendly headers, and the active version marked. With the previous version's
// columns (VersionListQuery::withPrevious) the second column lists the metrics that got worse
// than in the version before, loudly when the key metric is one of them, and its tooltip gives
// every change against it and against the active version.
class VersionListProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        RegressionsRole = Qt::UserRole + 1, // QStringList: metrics worse than in the previous version
        KeyRegressionRole,                  // bool: the key metric is among them
    };

    using QIdentityProxyModel::QIdentityProxyModel;

    // A version in use, with its metrics: one per client, or one per model where the system
    // names its models.
    struct ActiveMark
    {
        QString modelName;
        QString version;
        QMap<QString, double> metrics;
    };
    enum class ActiveSource { Newest, Recorded, System };
    void setActive(const QList<ActiveMark>& marks, ActiveSource source);
    bool isActive(const QString& version) const;
    // The metric a person is watching (the chart's): its regression is marked with an icon and in
    // red, other metrics' regressions are listed quietly beside it.
    void setKeyMetric(const QString& key);
    // The source column name of a proxy column.
    QString columnName(int column) const;
    QString versionAt(int row) const;
    // The version at `row` if its page is in memory (nothing is read here).
    std::optional<QString> loadedVersionAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QMap<QString, double> metricsAt(int row) const;
    QVariant previousData(const QModelIndex& index, int role) const;

    // The active version of the model `version` belongs to, if any.
    const ActiveMark* activeFor(const QString& version) const;

    QList<ActiveMark> m_actives;
    ActiveSource m_activeSource = ActiveSource::Newest;
    QString m_keyMetric;
};

QString durationText(qint64 seconds);

} // namespace steward
