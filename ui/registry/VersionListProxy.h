#pragma once

#include <QIdentityProxyModel>

namespace steward {

// Presents the paged version list (VersionListQuery) for people: readable training dates,
// metrics to four decimals with the exact value in the tooltip, durations in minutes, failed
// jobs in red, friendly headers, and the active version marked.
class VersionListProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setActiveVersion(const QString& version, bool recorded);
    QString activeVersion() const { return m_active; }
    // The source column name of a proxy column.
    QString columnName(int column) const;
    QString versionAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_active;
    bool m_recorded = false;
};

QString durationText(qint64 seconds);

} // namespace steward
