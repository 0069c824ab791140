#pragma once

#include "ui/shell/Page.h"

#include <memory>

namespace steward {

class ModelRegistry;
class SchemaCatalog;

// A page over the model registry. It reads only when shown: on a large database a view costs
// seconds, and opening a database should not wait for views nobody is looking at.
class RegistryPage : public Page
{
    Q_OBJECT

public:
    RegistryPage(View view, Session* session, QWidget* parent = nullptr);
    ~RegistryPage() override;

    // Reads everything again, if the page has read anything yet.
    void refresh() override;

protected:
    // The registry of the open database; null until the page has been shown.
    ModelRegistry* registry() const { return m_registry.get(); }
    // Called when the page is shown with a database open (first time, or after a reload).
    virtual void loadRegistry() = 0;
    // Called when the database closes: drop what points into it.
    virtual void unloadRegistry() = 0;

    void showEvent(QShowEvent* event) override;

private:
    void load() final;
    void unload() final;

    std::unique_ptr<SchemaCatalog> m_catalog;
    std::unique_ptr<ModelRegistry> m_registry;
    bool m_loadPending = false;
};

} // namespace steward
