#include "LogicalType.h"

#include <QRegularExpression>

namespace steward {

LogicalType logicalTypeFromDeclared(const QString& declaredType)
{
    const QString type = declaredType.trimmed().toLower();
    if (type.startsWith(QLatin1String("json")))
        return LogicalType::Json;
    if (type == QLatin1String("uuid"))
        return LogicalType::Uuid;
    if (type.startsWith(QLatin1String("timestamp")) || type == QLatin1String("datetime"))
        return LogicalType::Timestamp;
    if (type == QLatin1String("date"))
        return LogicalType::Date;
    if (type.startsWith(QLatin1String("bool")))
        return LogicalType::Boolean;
    if (type.contains(QLatin1String("int")) || type == QLatin1String("bigserial") || type == QLatin1String("serial"))
        return LogicalType::Integer;
    if (type.startsWith(QLatin1String("numeric")) || type.startsWith(QLatin1String("decimal")) ||
        type.contains(QLatin1String("real")) || type.contains(QLatin1String("double")) ||
        type.startsWith(QLatin1String("float")))
        return LogicalType::Numeric;
    if (type.contains(QLatin1String("blob")) || type == QLatin1String("bytea"))
        return LogicalType::Blob;
    return LogicalType::Text;
}

QString logicalTypeName(LogicalType type)
{
    switch (type) {
    case LogicalType::Text:
        return QStringLiteral("text");
    case LogicalType::Integer:
        return QStringLiteral("integer");
    case LogicalType::Numeric:
        return QStringLiteral("numeric");
    case LogicalType::Boolean:
        return QStringLiteral("boolean");
    case LogicalType::Json:
        return QStringLiteral("json");
    case LogicalType::Uuid:
        return QStringLiteral("uuid");
    case LogicalType::Timestamp:
        return QStringLiteral("timestamp");
    case LogicalType::Date:
        return QStringLiteral("date");
    case LogicalType::Blob:
        return QStringLiteral("blob");
    }
    return QStringLiteral("text");
}

bool isSecretColumn(const QString& table, const QString& column)
{
    Q_UNUSED(table)
    static const QRegularExpression secretName(QStringLiteral("(^|_)(api_?key|password|passwd|secret|token)($|_)"),
                                               QRegularExpression::CaseInsensitiveOption);
    return secretName.match(column).hasMatch();
}

} // namespace steward
