#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace steward {

// The demo's only source of randomness: a seeded generator, so that the same seed always
// writes the same data.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_generator(seed) {}

    double uniform(double low, double high) { return low + (high - low) * m_generator.generateDouble(); }
    int integer(int low, int highInclusive)
    {
        return low + static_cast<int>(m_generator.bounded(highInclusive - low + 1));
    }
    bool chance(double probability) { return m_generator.generateDouble() < probability; }
    double normal(double mean, double sd);
    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(static_cast<qsizetype>(m_generator.bounded(static_cast<quint32>(items.size()))));
    }
    // A version-4 UUID from the seeded stream.
    QString uuid();

private:
    QRandomGenerator m_generator;
};

// Compact JSON written straight into a string: the demo writes millions of small documents,
// and building QJsonObjects for each would dominate the run time.
class JsonText
{
public:
    JsonText& beginObject();
    JsonText& endObject();
    JsonText& beginArray(const QString& key = {});
    JsonText& endArray();
    JsonText& key(const QString& name);
    JsonText& number(const QString& name, double value, int decimals = 4);
    JsonText& integer(const QString& name, qint64 value);
    JsonText& text(const QString& name, const QString& value);
    JsonText& boolean(const QString& name, bool value);
    JsonText& null(const QString& name);
    JsonText& object(const QString& name); // begins a nested object under a key
    JsonText& strings(const QString& name, const QStringList& values);
    JsonText& numbers(const QString& name, const QList<int>& values);
    QString take();

private:
    void separator();
    void appendEscaped(const QString& value);

    QString m_text;
    bool m_needComma = false;
};

} // namespace steward
