#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace steward {

// The questions a decision asks before it is made: a confirmation, or a comment (required
// for rejections, rollbacks and resolutions). Tests queue answers instead of clicking dialogs.
namespace Prompt {
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText);
// The comment entered, or nothing when cancelled. A required comment cannot be left empty.
std::optional<QString> comment(QWidget* parent, const QString& title, const QString& label, bool required,
                               const QString& acceptText);

// For tests: the next prompts answer themselves in order, without showing anything.
// An answer is accepted (with its text) or cancelled (std::nullopt).
void queueAnswer(std::optional<QString> answer);
int queuedAnswers();
} // namespace Prompt

} // namespace steward
