#include "MetadataFile.h"

#include "models/registry/VersionId.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetadataFile)
};

// A count: a non-negative whole number, if present.
Outcome readCount(const QJsonObject& document, const QStringList& names, std::optional<qint64>* out)
{
    for (const QString& name : names) {
        if (!document.contains(name) || document.value(name).isNull())
            continue;
        const QJsonValue value = document.value(name);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != static_cast<double>(static_cast<qint64>(number)))
            return Outcome::usage(Text::tr("%1 must be a non-negative whole number").arg(name));
        *out = static_cast<qint64>(number);
        return Outcome::ok();
    }
    return Outcome::ok();
}

Outcome checkMetrics(const QJsonObject& metrics, const QString& where)
{
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        if (!it.value().isDouble() && !it.value().isNull())
            return Outcome::usage(Text::tr("%1.%2 is not a number").arg(where, it.key()));
    }
    return Outcome::ok();
}
} // namespace

Result<ModelMetadataFile> MetadataFile::fromDocument(const QJsonObject& document, const QString& folderName)
{
    ModelMetadataFile file;
    file.document = document;
    const QJsonValue version = document.value(QStringLiteral("model_version"));
    if (!version.isString() || version.toString().trimmed().isEmpty())
        return Outcome::usage(Text::tr("model_version is missing or not a string"));
    file.version = version.toString().trimmed();
    // A folder named by a timestamp id must hold that version; others ("latest") may hold any.
    if (VersionId::isTimestampId(folderName) && file.version != folderName)
        return Outcome::usage(Text::tr("model_version is %1 but the folder is named %2").arg(file.version, folderName));
    file.clientId = document.value(QStringLiteral("client_id")).toString().trimmed();

    const QJsonValue trained = document.value(QStringLiteral("trained_at"));
    if (trained.isString()) {
        file.trainedAt = parseTimestamp(trained.toString());
        if (!file.trainedAt.isValid())
            return Outcome::usage(
                Text::tr("trained_at \"%1\" is not an ISO 8601 time").arg(trained.toString().left(60)));
    } else if (!trained.isUndefined() && !trained.isNull()) {
        return Outcome::usage(Text::tr("trained_at is not a string"));
    } else {
        file.trainedAt = VersionId::timestamp(file.version);
    }

    file.target = document.value(QStringLiteral("target")).toString();
    const QJsonValue features = document.value(QStringLiteral("features"));
    if (features.isArray()) {
        QStringList names;
        for (const QJsonValue& feature : features.toArray()) {
            if (!feature.isString())
                return Outcome::usage(Text::tr("features must be a list of names"));
            names << feature.toString();
        }
        file.features = names;
    } else if (!features.isUndefined() && !features.isNull()) {
        return Outcome::usage(Text::tr("features must be a list of names"));
    }

    const QJsonValue metrics = document.value(QStringLiteral("metrics"));
    if (!metrics.isObject())
        return Outcome::usage(Text::tr("metrics is missing or not an object"));
    file.metrics = metrics.toObject();
    if (Outcome checked = checkMetrics(file.metrics, QStringLiteral("metrics")); !checked)
        return checked;

    const QJsonValue candidates = document.value(QStringLiteral("candidates"));
    if (candidates.isArray()) {
        for (const QJsonValue& candidate : candidates.toArray()) {
            const QJsonObject object = candidate.toObject();
            if (!candidate.isObject() || !object.value(QStringLiteral("name")).isString())
                return Outcome::usage(Text::tr("every candidate needs a name"));
            const QJsonValue candidateMetrics = object.value(QStringLiteral("metrics"));
            if (!candidateMetrics.isUndefined() && !candidateMetrics.isObject())
                return Outcome::usage(Text::tr("the metrics of candidate %1 are not an object")
                                          .arg(object.value(QStringLiteral("name")).toString()));
            if (Outcome checked =
                    checkMetrics(candidateMetrics.toObject(), object.value(QStringLiteral("name")).toString());
                !checked)
                return checked;
        }
        file.candidates = candidates.toArray();
    } else if (!candidates.isUndefined() && !candidates.isNull()) {
        return Outcome::usage(Text::tr("candidates must be a list"));
    }

    if (Outcome read = readCount(
            document, {QStringLiteral("train_samples"), QStringLiteral("training_samples"), QStringLiteral("n_train")},
            &file.trainSamples);
        !read)
        return read;
    if (Outcome read =
            readCount(document, {QStringLiteral("test_samples"), QStringLiteral("n_test")}, &file.testSamples);
        !read)
        return read;
    if (Outcome read =
            readCount(document, {QStringLiteral("total_samples"), QStringLiteral("n_total")}, &file.totalSamples);
        !read)
        return read;
    return file;
}

Result<ModelMetadataFile> MetadataFile::read(const QString& folder)
{
    const QString path = QDir(folder).filePath(kFileName);
    QFile file(path);
    if (!file.exists())
        return Outcome::notFound(Text::tr("no %1").arg(kFileName));
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failed(Text::tr("cannot read %1: %2").arg(kFileName, file.errorString()));
    // A metadata file is small; anything huge is not one.
    if (file.size() > 16 * 1024 * 1024)
        return Outcome::usage(Text::tr("%1 is larger than 16 MiB").arg(kFileName));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Outcome::usage(
            Text::tr("%1 is not valid JSON: %2 at offset %3").arg(kFileName, error.errorString()).arg(error.offset));
    if (!document.isObject())
        return Outcome::usage(Text::tr("%1 is not a JSON object").arg(kFileName));
    auto parsed = fromDocument(document.object(), QFileInfo(folder).fileName());
    if (!parsed)
        return Outcome(parsed.failure().code(), Text::tr("%1: %2").arg(kFileName, parsed.failure().message()));
    parsed->folder = QFileInfo(folder).absoluteFilePath();
    return parsed;
}

} // namespace steward
