#include "PlaceholderPage.h"

#include "widgets/EmptyState.h"

namespace steward {

PlaceholderPage::PlaceholderPage(View view, Session* session, QWidget* parent) : Page(view, session, parent)
{
    auto* empty = new EmptyState(this);
    empty->setMessage(title(), tr("This view is not available in this build."));
    setContent(empty);
}

} // namespace steward
