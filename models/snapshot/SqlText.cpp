#include "SqlText.h"

namespace steward {

namespace {
bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

class Scanner
{
public:
    Scanner(const QString& sql, bool postgres) : m_sql(sql), m_postgres(postgres) {}

    // Skips whitespace, comments, quoted text and identifiers from `i`; returns the index of
    // the next character that is code (or the end). Sets `unterminated` when a quote or
    // comment never closes.
    qsizetype skipNonCode(qsizetype i, bool* skippedQuote = nullptr)
    {
        while (i < m_sql.size()) {
            const QChar c = m_sql.at(i);
            const QChar next = i + 1 < m_sql.size() ? m_sql.at(i + 1) : QChar();
            if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                const qsizetype end = m_sql.indexOf(QLatin1Char('\n'), i);
                i = end < 0 ? m_sql.size() : end + 1;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                i = skipBlockComment(i);
            } else {
                const qsizetype quoted = skipQuoted(i);
                if (quoted == i)
                    return i;
                if (skippedQuote)
                    *skippedQuote = true;
                i = quoted;
            }
        }
        return i;
    }

    bool unterminated = false;

private:
    qsizetype skipBlockComment(qsizetype i)
    {
        int depth = 0;
        while (i < m_sql.size()) {
            if (m_sql.mid(i, 2) == QLatin1String("/*")) {
                ++depth;
                i += 2;
                if (!m_postgres && depth > 1)
                    depth = 1;
            } else if (m_sql.mid(i, 2) == QLatin1String("*/")) {
                i += 2;
                if (--depth == 0)
                    return i;
            } else {
                ++i;
            }
        }
        unterminated = true;
        return i;
    }

    qsizetype closing(qsizetype from, QChar quote, bool backslashEscapes)
    {
        for (qsizetype i = from; i < m_sql.size(); ++i) {
            const QChar c = m_sql.at(i);
            if (backslashEscapes && c == QLatin1Char('\\')) {
                ++i;
            } else if (c == quote) {
                if (i + 1 < m_sql.size() && m_sql.at(i + 1) == quote && quote != QLatin1Char(']')) {
                    ++i; // doubled quote
                    continue;
                }
                return i + 1;
            }
        }
        unterminated = true;
        return m_sql.size();
    }

    // The index after a quoted string or identifier starting at `i`, or `i` when none starts there.
    qsizetype skipQuoted(qsizetype i)
    {
        const QChar c = m_sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return closing(i + 1, c, false);
        if (!m_postgres && (c == QLatin1Char('`') || c == QLatin1Char('[')))
            return closing(i + 1, c == QLatin1Char('[') ? QLatin1Char(']') : c, false);
        if (m_postgres && (c == QLatin1Char('E') || c == QLatin1Char('e')) && i + 1 < m_sql.size() &&
            m_sql.at(i + 1) == QLatin1Char('\'') && (i == 0 || !isIdentifierPart(m_sql.at(i - 1))))
            return closing(i + 2, QLatin1Char('\''), true);
        if (m_postgres && c == QLatin1Char('$') && (i == 0 || !isIdentifierPart(m_sql.at(i - 1)))) {
            // $tag$ ... $tag$, where the tag is empty or an identifier (not $1, a parameter).
            qsizetype end = i + 1;
            if (end < m_sql.size() && isIdentifierStart(m_sql.at(end))) {
                while (end < m_sql.size() && isIdentifierPart(m_sql.at(end)) && m_sql.at(end) != QLatin1Char('$'))
                    ++end;
            }
            if (end < m_sql.size() && m_sql.at(end) == QLatin1Char('$')) {
                const QString tag = m_sql.mid(i, end - i + 1);
                const qsizetype close = m_sql.indexOf(tag, end + 1);
                if (close < 0) {
                    unterminated = true;
                    return m_sql.size();
                }
                return close + tag.size();
            }
        }
        return i;
    }

    const QString& m_sql;
    bool m_postgres;
};
} // namespace

StatementScan scanStatement(const QString& sql, bool postgres)
{
    StatementScan scan;
    Scanner scanner(sql, postgres);
    qsizetype i = scanner.skipNonCode(0);
    qsizetype start = -1;
    qsizetype end = sql.size();
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (start < 0)
            start = i;
        if (c == QLatin1Char(';')) {
            end = i;
            const qsizetype rest = scanner.skipNonCode(i + 1);
            // Only empty statements (";;") and comments may follow.
            qsizetype after = rest;
            while (after < sql.size() && sql.at(after) == QLatin1Char(';'))
                after = scanner.skipNonCode(after + 1);
            scan.multiple = after < sql.size();
            break;
        }
        if (c == QLatin1Char('?'))
            scan.placeholder = true;
        if (scan.firstKeyword.isEmpty() && isIdentifierStart(c)) {
            qsizetype word = i;
            while (word < sql.size() && isIdentifierPart(sql.at(word)))
                ++word;
            scan.firstKeyword = sql.mid(i, word - i).toUpper();
            i = word;
        } else if (scan.firstKeyword.isEmpty() && c != QLatin1Char('(')) {
            scan.firstKeyword = QString(c);
            ++i;
        } else {
            ++i;
        }
        i = scanner.skipNonCode(i);
    }
    scan.unterminated = scanner.unterminated;
    if (start >= 0) {
        scan.empty = false;
        scan.body = sql.mid(start, end - start).trimmed();
    }
    return scan;
}

} // namespace steward
