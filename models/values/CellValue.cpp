#include "CellValue.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace steward {

QDateTime parseTimestamp(const QVariant& raw)
{
    if (raw.isNull() || !raw.isValid())
        return {};
    if (raw.typeId() == QMetaType::QDateTime) {
        QDateTime dt = raw.toDateTime();
        return dt.toUTC();
    }
    if (raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::Int) {
        return QDateTime::fromSecsSinceEpoch(raw.toLongLong(), QTimeZone::utc());
    }
    QString text = raw.toString().trimmed();
    if (text.isEmpty())
        return {};
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    static const QRegularExpression shortOffset(QStringLiteral("[+-]\\d\\d$"));
    if (shortOffset.match(text).hasMatch())
        text += QStringLiteral(":00");
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // naive timestamps are UTC by convention
    return dt.toUTC();
}

QString timestampText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime value = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate day = value.date();
    const QTime time = value.time();
    if (day.year() < 0 || day.year() > 9999)
        return time.msec() != 0 ? value.toString(Qt::ISODateWithMs) : value.toString(Qt::ISODate);
    // What toString(Qt::ISODate[WithMs]) writes for UTC, without its formatting machinery: a
    // list of 100,000 drift records spent a tenth of its time there.
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, day.year(), 4);
    text[4] = '-';
    put(5, day.month(), 2);
    text[7] = '-';
    put(8, day.day(), 2);
    text[10] = 'T';
    put(11, time.hour(), 2);
    text[13] = ':';
    put(14, time.minute(), 2);
    text[16] = ':';
    put(17, time.second(), 2);
    qsizetype size = 19;
    if (time.msec() != 0) {
        text[19] = '.';
        put(20, time.msec(), 3);
        size = 23;
    }
    text[size++] = 'Z';
    return QString::fromLatin1(text, size);
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qlonglong>(value));
    return QString::number(value, 'g', 15);
}

CellValue mapValue(const QVariant& raw, LogicalType type)
{
    CellValue cell;
    cell.type = type;
    if (raw.isNull() || !raw.isValid()) {
        if (type == LogicalType::Json)
            cell.json = JsonCell{};
        return cell;
    }
    switch (type) {
    case LogicalType::Json:
        cell.json = JsonCell::fromRaw(raw);
        cell.malformed = !cell.json.valid;
        cell.value = cell.json.raw;
        break;
    case LogicalType::Uuid:
        cell.value = raw.toString().trimmed().toLower();
        break;
    case LogicalType::Integer: {
        bool ok = false;
        const qlonglong v = raw.toLongLong(&ok);
        cell.value = ok ? QVariant(v) : raw;
        cell.malformed = !ok;
        break;
    }
    case LogicalType::Numeric: {
        bool ok = false;
        const double v = raw.toDouble(&ok);
        cell.value = ok ? QVariant(v) : raw;
        cell.malformed = !ok;
        break;
    }
    case LogicalType::Boolean: {
        const QString s = raw.toString().toLower();
        cell.value = s == QLatin1String("1") || s == QLatin1String("t") || s == QLatin1String("true");
        break;
    }
    case LogicalType::Timestamp: {
        const QDateTime dt = parseTimestamp(raw);
        cell.value = dt.isValid() ? QVariant(dt) : raw;
        cell.malformed = !dt.isValid();
        break;
    }
    case LogicalType::Date: {
        QDate date =
            raw.typeId() == QMetaType::QDate ? raw.toDate() : QDate::fromString(raw.toString().left(10), Qt::ISODate);
        cell.value = date.isValid() ? QVariant(date) : raw;
        cell.malformed = !date.isValid();
        break;
    }
    case LogicalType::Blob:
        cell.value = raw.toByteArray();
        break;
    case LogicalType::Text:
        cell.value = raw.typeId() == QMetaType::QDateTime ? QVariant(timestampText(raw.toDateTime())) : raw;
        break;
    }
    return cell;
}

bool CellValue::isNull() const
{
    return value.isNull() || !value.isValid();
}

QString CellValue::text() const
{
    if (isNull())
        return {};
    if (malformed)
        return value.toString();
    switch (type) {
    case LogicalType::Json:
        return json.compactText();
    case LogicalType::Numeric:
        return numberText(value.toDouble());
    case LogicalType::Timestamp:
        return timestampText(value.toDateTime());
    case LogicalType::Date:
        return value.toDate().toString(Qt::ISODate);
    case LogicalType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case LogicalType::Blob:
        return QStringLiteral("<%1 bytes>").arg(value.toByteArray().size());
    default:
        break;
    }
    if (value.typeId() == QMetaType::Double)
        return numberText(value.toDouble());
    return value.toString();
}

QJsonValue CellValue::toJson() const
{
    if (isNull())
        return QJsonValue::Null;
    if (malformed)
        return value.toString();
    switch (type) {
    case LogicalType::Json:
        return json.value;
    case LogicalType::Integer:
        return value.toLongLong();
    case LogicalType::Numeric:
        return value.toDouble();
    case LogicalType::Boolean:
        return value.toBool();
    default:
        break;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return text();
    }
}

} // namespace steward
