#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace steward::test {

// A writable copy of a database file in `dir`, for a test that changes it.
QString writableCopy(const QString& source, const QTemporaryDir& dir);

// metadata.json as the file-based registry writes it (seed 004), for `version`.
QJsonObject metadataDocument(const QString& version, double rmse, const QString& clientId = {});
// Writes `root`/`folder`/metadata.json with `content` (exactly those bytes).
void writeMetadataFile(const QString& root, const QString& folder, const QByteArray& content);
void writeMetadataFile(const QString& root, const QString& folder, const QJsonObject& document);

// A registry folder under `root`: three good versions (20250101_000000, 20250201_000000,
// 20250301_000000), one with malformed JSON (20250401_000000), one without metadata.json
// (20250501_000000), one whose metrics are not numbers (20250601_000000), and a folder that is
// not a version ("notes"). Returns the good versions.
QStringList writeMixedRegistry(const QString& root);

} // namespace steward::test
