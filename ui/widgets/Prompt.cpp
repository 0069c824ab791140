#include "Prompt.h"

#include "models/values/VisibleText.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

namespace steward {

namespace {
QQueue<std::optional<QString>>& answers()
{
    static QQueue<std::optional<QString>> queue;
    return queue;
}
} // namespace

void Prompt::queueAnswer(std::optional<QString> answer)
{
    answers().enqueue(std::move(answer));
}

int Prompt::queuedAnswers()
{
    return static_cast<int>(answers().size());
}

bool Prompt::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    if (!answers().isEmpty())
        return answers().dequeue().has_value();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> Prompt::comment(QWidget* parent, const QString& title, const QString& label, bool required,
                                       const QString& acceptText)
{
    if (!answers().isEmpty())
        return answers().dequeue();
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("commentDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* caption = new QLabel(label, &dialog);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("commentEdit"));
    edit->setTabChangesFocus(true);
    layout->addWidget(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    accept->setEnabled(!required);
    if (required) {
        accept->setToolTip(QObject::tr("A comment is required"));
        QObject::connect(edit, &QPlainTextEdit::textChanged, accept,
                         [edit, accept] { accept->setEnabled(VisibleText::hasVisible(edit->toPlainText())); });
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 240);
    edit->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText().trimmed();
}

} // namespace steward
