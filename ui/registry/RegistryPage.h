#pragma once

#include "models/db/SchemaCatalog.h"
#include "models/registry/ModelRegistry.h"
#include "ui/shell/DatabaseReads.h"
#include "ui/shell/Page.h"

#include <functional>
#include <memory>

namespace steward {

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
    // Reads the registry as a job on `jobs` (superseding the one under way there): `work` gets a
    // registry over a connection of the runner's own to the open database, kept for its next
    // reads, and over this page's catalog; `done` gets the result on this thread.
    template <typename T>
    void readRegistry(JobRunner* jobs, std::function<Result<T>(const ModelRegistry&, JobControl&)> work,
                      std::function<void(const Result<T>&)> done) const
    {
        readDatabase<T>(
            jobs, registry()->database(),
            [catalog = registry()->catalog(), work = std::move(work)](Database& database, JobControl& control) {
                const ModelRegistry own(database, catalog);
                return work(own, control);
            },
            std::move(done));
    }

    void showEvent(QShowEvent* event) override;

private:
    void load() final;
    void unload() final;

    std::unique_ptr<SchemaCatalog> m_catalog;
    std::unique_ptr<ModelRegistry> m_registry;
    bool m_loadPending = false;
};

} // namespace steward
