#include "VisibleText.h"

#include <QChar>
#include <QList>
#include <algorithm>

namespace steward::VisibleText {

namespace {
bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}
} // namespace

bool hasVisible(const QString& text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c))
            continue;
        // Format characters cover the zero-width ones (U+200B..U+200D, U+2060, U+FEFF), the
        // soft hyphen and bidi controls.
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            continue;
        return true;
    }
    return false;
}

QString escapeControls(const QString& text)
{
    // Most text has nothing to escape and is returned as it is, shared: a table of 100,000
    // rows spent a quarter of its time rebuilding each cell a character at a time. Surrogates
    // take the long way, where an unpaired one becomes U+FFFD as before.
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (isControl(u) && u != u'\n' && u != u'\t') || isBidiControl(u) || QChar::isSurrogate(u);
    });
    if (plain)
        return text;
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n' || c == U'\t' || (!isControl(c) && !isBidiControl(c))) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace steward::VisibleText
