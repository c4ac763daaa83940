#pragma once

// Walks the main window as a user checking it would: each tab in turn, and
// each dialog the menus and the pages' "…" buttons open, handed to `inspect`
// once it is up and then cancelled. Shared by the layout test and the
// walk-window tool (tests/screenshots).

#include <QString>

#include <functional>

class QWidget;

namespace triangle {
class MainWindow;
}

namespace triangle::test {

// `inspect(page, name)` with each tab current; `prepare` runs before each.
void walkTabs(MainWindow &window, const std::function<void(QWidget *window, const QString &name)> &inspect,
              const std::function<void()> &prepare = {});
// `inspect(dialog, name)` for each dialog opened; returns how many were.
int walkDialogs(MainWindow &window, const std::function<void(QWidget *dialog, const QString &name)> &inspect);

} // namespace triangle::test
