// The translation catalogues as shipped: every message translated, each translation keeping its
// source's placeholders (%1, %2...), and none of the guesses lupdate leaves for a changed source
// ("{1 ?}" marks) taken for a translation.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestCatalogues : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> placeholders(const QString& text)
    {
        QSet<QString> found;
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured());
        return found;
    }

private slots:
    void everyMessageIsTranslatedWithItsPlaceholders_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(STEWARD_TS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 2);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyMessageIsTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        static const QRegularExpression guess(QStringLiteral("\\{\\d*\\s?\\S*\\?\\}"));
        QString source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                ++messages;
                if (type == QLatin1String("unfinished"))
                    problems << QStringLiteral("unfinished: ") + source;
                else if (placeholders(text) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: %1 => %2").arg(source, text);
                else if (text.contains(guess))
                    problems << QStringLiteral("an lupdate guess: %1 => %2").arg(source, text);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 1000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
