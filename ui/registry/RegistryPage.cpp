#include "RegistryPage.h"

#include "models/db/SchemaCatalog.h"
#include "models/registry/ModelRegistry.h"
#include "ui/shell/Session.h"

namespace steward {

RegistryPage::RegistryPage(View view, Session* session, QWidget* parent) : Page(view, session, parent) {}

RegistryPage::~RegistryPage() = default;

void RegistryPage::load()
{
    if (!isVisible()) {
        m_loadPending = true;
        return;
    }
    m_loadPending = false;
    m_catalog = std::make_unique<SchemaCatalog>(session()->catalog());
    m_registry = std::make_unique<ModelRegistry>(*session()->database(), *m_catalog);
    loadRegistry();
}

void RegistryPage::unload()
{
    m_loadPending = false;
    unloadRegistry();
    m_registry.reset();
    m_catalog.reset();
}

void RegistryPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_loadPending && session()->isOpen())
        load();
}

void RegistryPage::refresh()
{
    if (session()->isOpen() && m_registry)
        load();
}

} // namespace steward
