// Each chart kind built from the demo's data and drawn to PNG and SVG files without a window:
// what each chart holds (series, bars, event days, current states) and that the files are
// real pictures.
#include "TestSupport.h"
#include "models/charts/BacktestFolds.h"
#include "models/charts/ForecastFan.h"
#include "models/charts/ImprovementCycles.h"
#include "models/charts/MetricHistory.h"
#include "models/db/SchemaCatalog.h"
#include "models/registry/ModelRegistry.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/render/charts/RegistryCharts.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgRenderer>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class ChartRenderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SchemaCatalog> m_catalog;
    std::unique_ptr<ModelRegistry> m_registry;

    // Writes the figure as PNG and SVG and checks both are real pictures of it.
    void render(const ChartFigure& figure, const QString& name, const QColor& mustContain)
    {
        const QString png = m_dir.filePath(name + QStringLiteral(".png"));
        const QString svg = m_dir.filePath(name + QStringLiteral(".svg"));
        STEWARD_VERIFY_OK(figure.save(png, QSize(1000, 600)));
        STEWARD_VERIFY_OK(figure.save(svg, QSize(1000, 600)));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(2000, 1200));
        int matching = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                matching += std::abs(c.red() - mustContain.red()) + std::abs(c.green() - mustContain.green()) +
                                std::abs(c.blue() - mustContain.blue()) <
                            24;
            }
        }
        QVERIFY2(matching > 200,
                 qPrintable(QStringLiteral("%1: %2 pixels of %3").arg(name).arg(matching).arg(mustContain.name())));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 1000, 600));
        const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOTS");
        if (!dir.isEmpty())
            QFile::copy(png, dir + QStringLiteral("/render-") + name + QStringLiteral(".png"));
    }

    static void collectTexts(QGraphicsItem* item, QStringList& texts)
    {
        if (!item->isVisible())
            return;
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
            texts << text->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << simple->text();
        for (QGraphicsItem* child : item->childItems())
            collectTexts(child, texts);
    }

    // The texts a figure shows drawn at `size` the way exports draw it: each chart is kept at
    // its drawn size afterwards, so that its items can be read. Hidden labels are left out.
    static QStringList shownTexts(const ChartFigure& figure, const QSize& size)
    {
        const QList<QChart*> charts = figure.charts();
        int total = 0;
        for (int i = 0; i < charts.size(); ++i)
            total += figure.stretch(i);
        for (int i = 0; i < charts.size(); ++i)
            charts.at(i)->resize(QSizeF(size.width(), 1.0 * size.height() * figure.stretch(i) / total));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        figure.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        QStringList texts;
        for (QChart* chart : charts) {
            QStringList shown;
            collectTexts(chart, shown);
            // A legend entry hidden on purpose (a series with nothing to show) is not shown.
            for (QLegendMarker* marker : chart->legend()->markers()) {
                if (!marker->isVisible())
                    shown.removeIf([&](const QString& text) {
                        return text.endsWith(QStringLiteral("...")) && marker->label().startsWith(text.chopped(3));
                    });
            }
            texts << shown;
        }
        return texts;
    }

    // Nothing cut to "..." (Qt Charts' elision) and the title whole, at a window's size and
    // at a small one.
    static void expectNothingCut(const ChartFigure& figure)
    {
        for (const QSize& size : {QSize(1024, 700), QSize(480, 300)}) {
            const QStringList texts = shownTexts(figure, size);
            for (const QString& text : texts)
                QVERIFY2(!text.contains(QStringLiteral("...")),
                         qPrintable(QStringLiteral("%1 at %2x%3").arg(text).arg(size.width()).arg(size.height())));
            QStringList joined;
            for (const QString& text : texts)
                joined << QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
            QVERIFY2(joined.contains(figure.title()), qPrintable(joined.join(QStringLiteral(" | "))));
        }
    }

    template <typename T> static QList<T*> seriesOf(QChart* chart)
    {
        QList<T*> found;
        for (QAbstractSeries* series : chart->series()) {
            if (auto* typed = qobject_cast<T*>(series))
                found << typed;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_db = openSqlite(makeDemo(m_dir), QStringLiteral("admin"), true);
        m_catalog = std::make_unique<SchemaCatalog>(*SchemaCatalog::load(*m_db));
        m_registry = std::make_unique<ModelRegistry>(*m_db, *m_catalog);
    }

    void history()
    {
        auto data = MetricHistory::load(*m_registry, QStringLiteral("hanoi_fresh"), QStringLiteral("r2"));
        QVERIFY(data);
        RegistryCharts::HistoryOptions options;
        options.highlightVersion = data->points.at(4).version;
        auto figure = RegistryCharts::metricHistory(*data, options);
        QChart* chart = figure->charts().first();
        QVERIFY(chart->title().contains(QStringLiteral("r2")));
        const auto lines = seriesOf<QLineSeries>(chart);
        QCOMPARE(lines.first()->points(), data->xy());
        const auto markers = seriesOf<QScatterSeries>(chart);
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.at(0)->at(0), data->xy().last()); // the active version, the newest here
        QCOMPARE(markers.at(1)->at(0), data->xy().at(4));  // the highlighted one
        render(*figure, QStringLiteral("history"), QColor(0x1f, 0x6f, 0xb4));
        expectNothingCut(*figure);
    }

    void backtest()
    {
        auto data = BacktestFolds::load(*m_registry, QStringLiteral("saigon_mart"), {}, QStringLiteral("wmape"));
        QVERIFY(data);
        auto figure = RegistryCharts::backtestFolds(*data);
        const auto bars = seriesOf<QBarSeries>(figure->charts().first());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->count(), 2); // order and SKU level
        for (int level = 0; level < 2; ++level) {
            QBarSet* set = bars.first()->barSets().at(level);
            QCOMPARE(set->count(), 5);
            for (int fold = 0; fold < 5; ++fold)
                QCOMPARE(set->at(fold), *data->find(data->levels.at(level), fold)->value);
        }
        render(*figure, QStringLiteral("backtest"), QColor(0xe8, 0x7d, 0x1e));
        expectNothingCut(*figure);
    }

    void fan()
    {
        auto data = ForecastFan::load(*m_registry, QStringLiteral("lotus_pharma"), {});
        QVERIFY(data);
        auto figure = RegistryCharts::forecastFan(*data);
        QChart* chart = figure->charts().first();
        QCOMPARE(seriesOf<QAreaSeries>(chart).size(), 1);
        QCOMPARE(seriesOf<QAreaSeries>(chart).first()->upperSeries()->count(), 90);
        int tiered = 0;
        for (const ForecastFanData::Day& day : data->days)
            tiered += day.eventTier > 0;
        int marked = 0;
        QScatterSeries* actual = nullptr;
        for (QScatterSeries* series : seriesOf<QScatterSeries>(chart)) {
            if (series->name().startsWith(QStringLiteral("event tier")))
                marked += series->count();
            else
                actual = series;
        }
        QCOMPARE(marked, tiered);
        QVERIFY(actual);
        QCOMPARE(actual->count(), 30);
        render(*figure, QStringLiteral("fan"), QColor(0x22, 0x22, 0x22));
        expectNothingCut(*figure);

        // The forecast origin: a line at the start of the first forecast day, and its label.
        QLineSeries* origin = chart->findChild<QLineSeries*>(QStringLiteral("forecastOrigin"));
        QVERIFY(origin);
        const double start = QDateTime(data->days.first().date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(origin->count(), 2);
        QCOMPARE(origin->at(0).x(), start);
        QCOMPARE(origin->at(1).x(), start);
        // The demo's forecast runs from October 2026 into January 2027: labels carry years.
        QCOMPARE(data->days.first().date.year(), 2026);
        QCOMPARE(data->days.last().date.year(), 2027);
        for (const QSize& size : {QSize(1024, 700), QSize(480, 300)}) {
            const QStringList texts = shownTexts(*figure, size);
            QVERIFY(texts.contains(QStringLiteral("forecast origin")));
            const QString all = texts.join(QLatin1Char('|'));
            QVERIFY2(all.contains(QStringLiteral(" 2026")) && all.contains(QStringLiteral(" 2027")), qPrintable(all));
        }
    }

    void fanWithinOneYearNamesItInTheAxisTitle()
    {
        ForecastFanData data;
        data.seriesKey = QStringLiteral("s");
        data.modelVersion = QStringLiteral("v");
        for (int i = 0; i < 20; ++i)
            data.days << ForecastFanData::Day{QDate(2026, 3, 1).addDays(i), 10.0 + i, 8.0, 14.0 + i, 0};
        auto figure = RegistryCharts::forecastFan(data);
        auto* x = qobject_cast<QDateTimeAxis*>(figure->charts().first()->axes(Qt::Horizontal).first());
        QVERIFY(x);
        QVERIFY(!x->format().contains(QStringLiteral("yyyy")));
        QVERIFY(shownTexts(*figure, QSize(1024, 700)).contains(QStringLiteral("Forecast date (2026)")));
    }

    void cycles()
    {
        auto data = ImprovementCycles::load(*m_db, QStringLiteral("lotus_pharma"));
        QVERIFY(data);
        auto figure = RegistryCharts::improvementCycles(*data);
        QCOMPARE(figure->charts().size(), 2);
        const auto strip = seriesOf<QHorizontalStackedBarSeries>(figure->charts().at(1));
        QCOMPARE(strip.size(), 1);
        QCOMPARE(strip.first()->count(), 8);
        // Each cycle's current state is the one selected bar in its row.
        for (int c = 0; c < data->cycles.size(); ++c) {
            int selected = -1;
            for (int s = 0; s < 8; ++s) {
                if (strip.first()->barSets().at(s)->isBarSelected(c))
                    selected = s;
            }
            QCOMPARE(selected, data->cycles.at(c).stateIndex);
        }
        QVERIFY(figure->note().contains(QStringLiteral("COMPLETE")));
        render(*figure, QStringLiteral("cycles"), QColor(0x2c, 0x9a, 0x4b));
        expectNothingCut(*figure);

        // Before and after as a pair per cycle: every line joins one cycle's two values and
        // nothing joins one cycle to another.
        QChart* mape = figure->charts().first();
        int pairs = 0;
        for (QLineSeries* line : seriesOf<QLineSeries>(mape)) {
            QCOMPARE(line->count(), 2);
            QCOMPARE(line->at(0).x(), line->at(1).x());
            const ImprovementCyclesData::Cycle& cycle = data->cycles.at(static_cast<int>(line->at(0).x()) - 1);
            QCOMPARE(line->at(0).y(), *cycle.mapeBefore);
            QCOMPARE(line->at(1).y(), *cycle.mapeAfter);
            QCOMPARE(line->pen().color(),
                     *cycle.mapeAfter < *cycle.mapeBefore ? QColor(0x2c, 0x9a, 0x4b) : QColor(0xd0, 0x32, 0x2f));
            ++pairs;
        }
        int complete = 0;
        for (const ImprovementCyclesData::Cycle& cycle : data->cycles)
            complete += cycle.mapeBefore && cycle.mapeAfter;
        QVERIFY(complete >= 2);
        QCOMPARE(pairs, complete);
        // Labelled with the ids Suggestions shows: every cycle at a window's size, the
        // first at least at a small one.
        const QString all = shownTexts(*figure, QSize(1024, 700)).join(QLatin1Char('|'));
        for (const ImprovementCyclesData::Cycle& cycle : data->cycles)
            QVERIFY2(all.contains(shortId(cycle.cycleId)), qPrintable(all));
        QVERIFY(shownTexts(*figure, QSize(480, 300))
                    .join(QLatin1Char('|'))
                    .contains(shortId(data->cycles.first().cycleId)));
    }

    void hostileNamesStayText()
    {
        const QString client = QStringLiteral("<img src=x> & <b>co</b>");
        const MetricHistoryData data = MetricHistory::build(
            client, QStringLiteral("wmape"),
            {{QStringLiteral("<i>v1</i>"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()), 0.2, {}}});
        auto figure = RegistryCharts::metricHistory(data);
        QCOMPARE(figure->title(), QStringLiteral("wmape across versions — ") + client);
        QVERIFY(figure->charts().first()->title().contains(QStringLiteral("&lt;img")));
        STEWARD_VERIFY_OK(figure->save(m_dir.filePath(QStringLiteral("hostile.svg"))));
    }

    void savingRefusesOtherFormatsAndLeavesNothing()
    {
        auto data = ImprovementCycles::load(*m_db, QStringLiteral("hanoi_fresh"));
        auto figure = RegistryCharts::improvementCycles(*data);
        QCOMPARE(figure->save(m_dir.filePath(QStringLiteral("x.pdf"))).code(), OutcomeCode::Usage);
        QVERIFY(!figure->save(m_dir.filePath(QStringLiteral("missing/x.png"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(ChartRenderTest)
#include "tst_chart_render.moc"
