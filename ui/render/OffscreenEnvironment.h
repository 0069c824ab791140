#pragma once

namespace steward {

// Before a QApplication is made for drawing without a screen (the CLI's charts and reports,
// the benchmark): the offscreen platform, and a private runtime folder so that Qt does not
// warn about a missing one on stderr.
void prepareOffscreenEnvironment();

} // namespace steward
