#pragma once

#include <QString>

namespace steward {

// The command line speaks English by design: scripts match its messages, and a terminal's
// locale is not the reader's choice the way the GUI's language is. Its messages are plain
// strings, kept out of the translation catalogues (translations/CMakeLists.txt reads app/gui
// only); `Text::tr` keeps the call sites readable. Messages that come from the core library
// are the core's, in English here too, since the CLI installs no translator.
struct CliText
{
    static QString tr(const char* text) { return QString::fromUtf8(text); }
};

} // namespace steward
