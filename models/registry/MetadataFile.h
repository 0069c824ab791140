#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

// One version folder's metadata.json as the file-based registry writes it: model_version,
// trained_at, target, features, metrics {rmse, mae, mape, r2, residual_std...}, candidates
// [{name, metrics}], and train/test/total sample counts.
struct ModelMetadataFile
{
    QString folder;
    QString version;
    QString clientId; // the document's client_id, if it names one
    QDateTime trainedAt;
    QString target;
    std::optional<QStringList> features;
    QJsonObject metrics;
    QJsonArray candidates;
    std::optional<qint64> trainSamples;
    std::optional<qint64> testSamples;
    std::optional<qint64> totalSamples;
    QJsonObject document; // the whole file, as read
};

namespace MetadataFile {
inline const QString kFileName = QStringLiteral("metadata.json");
// Reads and checks `folder`/metadata.json. The failure names what is wrong in that file.
Result<ModelMetadataFile> read(const QString& folder);
// Checks an already parsed document. A folder named by a timestamp id must hold that version.
Result<ModelMetadataFile> fromDocument(const QJsonObject& document, const QString& folderName);
} // namespace MetadataFile

} // namespace steward
