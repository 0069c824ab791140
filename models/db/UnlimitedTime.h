#pragma once

#include "models/db/Database.h"

namespace steward {

// Building or catching up an index of Steward's takes as long as it takes: no time budget
// while one runs; the budget is back when it ends.
class UnlimitedTime
{
public:
    explicit UnlimitedTime(Database& database) : m_database(database), m_budget(database.options().timeBudgetMs)
    {
        m_database.setTimeBudgetMs(0);
    }
    ~UnlimitedTime() { m_database.setTimeBudgetMs(m_budget); }
    UnlimitedTime(const UnlimitedTime&) = delete;
    UnlimitedTime& operator=(const UnlimitedTime&) = delete;

private:
    Database& m_database;
    int m_budget;
};

} // namespace steward
