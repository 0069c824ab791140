#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace steward {

// A JSON column's value as the app sees it: parsed when valid, otherwise the raw text with a
// visible "invalid JSON" state. Never an error for the view around it.
struct JsonCell
{
    bool isNull = true;
    bool valid = false;
    QJsonValue value;
    QString raw;
    QString error; // the parser's reason when invalid

    static JsonCell fromRaw(const QVariant& raw);
    // Compact text with keys in a stable order; for invalid JSON the raw text.
    QString compactText() const;
    QString indentedText() const;
};

// Parses any JSON text, including a top-level scalar ("3", "\"x\"", "null").
bool parseJson(const QString& text, QJsonValue* value, QString* error = nullptr);
QString jsonToCompactText(const QJsonValue& value);
QString jsonToIndentedText(const QJsonValue& value);

} // namespace steward
