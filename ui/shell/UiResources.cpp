#include "UiResources.h"

#include <QtGlobal>

static void registerIcons()
{
    Q_INIT_RESOURCE(icons);
}

void steward::initUiResources()
{
    static const bool done = (registerIcons(), true);
    Q_UNUSED(done)
}
