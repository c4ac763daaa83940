#pragma once

// An Editor over a new database seeded with the default data, collecting the
// messages of the edits it refuses: for tests of undoable edits.

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "widgets/editing/Editor.h"

namespace triangle::test {

class SeededEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(m_dir.filePath(QStringLiteral("edits.tsdb")));
        ASSERT_OK(opened);
        store = std::move(*opened);
        editor.setStore(store.get());
        QObject::connect(&editor, &Editor::failed, [this](const StoreError &e) { errors << e.message; });
    }
    Id code(const char *c) const { return store->regions().byCode(QLatin1StringView(c))->id; }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
    Editor editor;
    QStringList errors;
};

} // namespace triangle::test
