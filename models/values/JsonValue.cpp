#include "JsonValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace steward {

bool parseJson(const QString& text, QJsonValue* value, QString* error)
{
    // QJsonDocument accepts only objects and arrays at the top; wrapping the text in an
    // array lets scalars through and keeps the parser's own validation for everything else.
    QJsonParseError parseError{};
    const QByteArray wrapped = "[" + text.toUtf8() + "]";
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError ? QStringLiteral("%1 at offset %2")
                                                                        .arg(parseError.errorString())
                                                                        .arg(qMax(0, parseError.offset - 1))
                                                                  : QStringLiteral("more than one JSON value");
        }
        return false;
    }
    if (value)
        *value = document.array().at(0);
    return true;
}

static QString serialize(const QJsonValue& value, QJsonDocument::JsonFormat format)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(format)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(format)).trimmed();
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QString jsonToCompactText(const QJsonValue& value)
{
    return serialize(value, QJsonDocument::Compact);
}

QString jsonToIndentedText(const QJsonValue& value)
{
    return serialize(value, QJsonDocument::Indented);
}

JsonCell JsonCell::fromRaw(const QVariant& raw)
{
    JsonCell cell;
    if (raw.isNull() || !raw.isValid())
        return cell;
    cell.isNull = false;
    cell.raw = raw.toString();
    cell.valid = parseJson(cell.raw, &cell.value, &cell.error);
    return cell;
}

QString JsonCell::compactText() const
{
    if (isNull)
        return {};
    return valid ? jsonToCompactText(value) : raw;
}

QString JsonCell::indentedText() const
{
    if (isNull)
        return {};
    return valid ? jsonToIndentedText(value) : raw;
}

} // namespace steward
