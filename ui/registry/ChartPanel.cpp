#include "ChartPanel.h"

#include "ui/registry/FigureView.h"
#include "ui/render/ThemeColors.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/shell/Settings.h"

#include <QAction>
#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>
#include <tuple>

namespace steward {

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("color: %1; font-size: 11pt; padding: 24px;").arg(ThemeColors::css(ThemeColors::muted())));
    m_message->hide();
    layout->addWidget(m_message, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(
        QStringLiteral("color: %1; padding: 0 6px 4px 6px;").arg(ThemeColors::css(ThemeColors::muted())));
    layout->addWidget(m_note);

    // Every chart can be saved from its context menu, wherever it is shown.
    setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
        auto* action =
            new QAction(suffix == QLatin1String("png") ? tr("Save chart as PNG…") : tr("Save chart as SVG…"), this);
        connect(action, &QAction::triggered, this, [this, suffix] { chooseExport(suffix); });
        addAction(action);
    }
}

void ChartPanel::chooseExport(const QString& suffix)
{
    if (!m_figure)
        return;
    QString name = m_figure->title().left(60).simplified();
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString start =
        QDir(Settings::value(Settings::Key::LastDirectory).toString()).filePath(name + QLatin1Char('.') + suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), start,
                                                      suffix == QLatin1String("png") ? tr("PNG image (*.png)")
                                                                                     : tr("SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
    // The outcome reaches the page through exported(), which shows it.
    std::ignore = saveAs(path);
}

Outcome ChartPanel::saveAs(const QString& path)
{
    const Outcome saved = exportTo(path);
    emit exported(path, saved);
    return saved;
}

ChartPanel::~ChartPanel()
{
    // The views own the charts they show; the figure must not delete those.
    qDeleteAll(m_views);
    m_views.clear();
}

void ChartPanel::releaseViews()
{
    // Deleting a view deletes the chart in it; the figure then sees the chart gone.
    qDeleteAll(m_views);
    m_views.clear();
}

void ChartPanel::setFigure(std::unique_ptr<ChartFigure> figure)
{
    releaseViews();
    m_figure = std::move(figure);
    m_message->hide();
    m_splitter->show();
    if (!m_figure)
        return;
    const QList<QChart*> charts = m_figure->charts();
    QList<int> sizes;
    for (int i = 0; i < charts.size(); ++i) {
        auto* view = new FigureView(m_figure.get(), charts.at(i), m_splitter);
        view->setObjectName(QStringLiteral("chartView%1").arg(i));
        m_views << view;
        m_splitter->addWidget(view);
        sizes << m_figure->stretch(i) * 100;
    }
    m_splitter->setSizes(sizes);
    m_note->setText(m_figure->note());
    m_note->setVisible(!m_figure->note().isEmpty());
}

void ChartPanel::showMessage(const QString& text)
{
    releaseViews();
    m_figure.reset();
    m_splitter->hide();
    m_note->hide();
    m_message->setText(text);
    m_message->show();
}

void ChartPanel::clear()
{
    showMessage(QString());
}

QString ChartPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

Outcome ChartPanel::exportTo(const QString& path, QSize size) const
{
    if (!m_figure)
        return Outcome::failed(tr("there is no chart to export"));
    if (!size.isValid() || size.isEmpty())
        size = m_splitter->size().expandedTo(QSize(800, 500));
    return m_figure->save(path, size);
}

} // namespace steward
