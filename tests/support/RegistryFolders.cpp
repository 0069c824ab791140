#include "RegistryFolders.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace steward::test {

QString writableCopy(const QString& source, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    if (!QFile::copy(source, path))
        return STEWARD_HELPER_FAILED("cannot copy %s", qPrintable(source));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QJsonObject metadataDocument(const QString& version, double rmse, const QString& clientId)
{
    QJsonObject metrics{{QStringLiteral("rmse"), rmse},
                        {QStringLiteral("mae"), rmse * 0.75},
                        {QStringLiteral("mape"), 0.12 + rmse / 1000},
                        {QStringLiteral("r2"), 0.9 - rmse / 500},
                        {QStringLiteral("residual_std"), rmse * 0.9}};
    QJsonArray candidates{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("LinearRegression")},
                    {QStringLiteral("metrics"),
                     QJsonObject{{QStringLiteral("rmse"), rmse * 1.3}, {QStringLiteral("r2"), 0.61}}}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("XGBoost")}, {QStringLiteral("metrics"), metrics}}};
    QJsonObject document{
        {QStringLiteral("model_version"), version},
        {QStringLiteral("trained_at"), QStringLiteral("%1-%2-%3T%4:%5:%6.123456+00:00")
                                           .arg(version.left(4), version.mid(4, 2), version.mid(6, 2),
                                                version.mid(9, 2), version.mid(11, 2), version.mid(13, 2))},
        {QStringLiteral("target"), QStringLiteral("sales_count")},
        {QStringLiteral("features"), QJsonArray{QStringLiteral("lag_7"), QStringLiteral("lag_14"),
                                                QStringLiteral("dow"), QStringLiteral("promo_flag")}},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("train_samples"), 12000},
        {QStringLiteral("test_samples"), 3000},
        {QStringLiteral("total_samples"), 15000}};
    if (!clientId.isEmpty())
        document.insert(QStringLiteral("client_id"), clientId);
    return document;
}

void writeMetadataFile(const QString& root, const QString& folder, const QByteArray& content)
{
    QDir(root).mkpath(folder);
    QFile file(QDir(root).filePath(folder + QStringLiteral("/metadata.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        STEWARD_HELPER_FAILED("cannot write metadata for %s", qPrintable(folder));
        return;
    }
}

void writeMetadataFile(const QString& root, const QString& folder, const QJsonObject& document)
{
    writeMetadataFile(root, folder, QJsonDocument(document).toJson());
}

QStringList writeMixedRegistry(const QString& root)
{
    const QStringList good{QStringLiteral("20250101_000000"), QStringLiteral("20250201_000000"),
                           QStringLiteral("20250301_000000")};
    double rmse = 30;
    for (const QString& version : good) {
        writeMetadataFile(root, version, metadataDocument(version, rmse));
        rmse -= 4;
    }
    writeMetadataFile(root, QStringLiteral("20250401_000000"),
                      QByteArray("{\"model_version\": \"20250401_000000\", \"metrics\": {\"rmse\": NaN"));
    QDir(root).mkpath(QStringLiteral("20250501_000000"));
    QJsonObject wrongMetrics = metadataDocument(QStringLiteral("20250601_000000"), 20);
    wrongMetrics.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("rmse"), QStringLiteral("twelve")}});
    writeMetadataFile(root, QStringLiteral("20250601_000000"), wrongMetrics);
    QDir(root).mkpath(QStringLiteral("notes"));
    return good;
}

} // namespace steward::test
