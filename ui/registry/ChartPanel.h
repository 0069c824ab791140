#pragma once

#include "models/core/Outcome.h"

#include <QWidget>
#include <memory>

class QLabel;
class QSplitter;

namespace steward {

class ChartFigure;
class FigureView;

// Shows a ChartFigure: one chart view per chart, stacked, with tooltips giving true values
// under the pointer, and the figure's note below. Exports what it shows to PNG or SVG.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    void setFigure(std::unique_ptr<ChartFigure> figure);
    // Shows a message instead of a chart (no data, or why it could not be read).
    void showMessage(const QString& text);
    void clear();
    ChartFigure* figure() const { return m_figure.get(); }
    QList<FigureView*> views() const { return m_views; }
    QString message() const;

    // Saves what is shown, at `size` (defaults to the size on screen), PNG or SVG by suffix.
    Outcome exportTo(const QString& path, QSize size = {}) const;
    // Saves like exportTo() and announces the outcome (exported()).
    Outcome saveAs(const QString& path);
    // Asks for a file name, then saves (the context menu's "Save chart as …").
    void chooseExport(const QString& suffix);

signals:
    void exported(const QString& path, const Outcome& outcome);

private:
    void releaseViews();

    std::unique_ptr<ChartFigure> m_figure;
    QSplitter* m_splitter;
    QList<FigureView*> m_views;
    QLabel* m_note;
    QLabel* m_message;
};

} // namespace steward
