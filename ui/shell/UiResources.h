#pragma once

namespace steward {
// Registers the widgets library's icons (the library is static, so its resources need a nudge).
void initUiResources();
} // namespace steward
