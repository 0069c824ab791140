#pragma once

#include "shell/Page.h"

namespace steward {

// A view whose content is not built yet: it says so instead of showing nothing.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(View view, Session* session, QWidget* parent = nullptr);

protected:
    void load() override {}
};

} // namespace steward
