#pragma once

#include "model/Entities.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace triangle {

class AssessmentMetricsModel;
class RegionTreeModel;
class Store;

// The analyst's workspace: the region navigator on the left, the selected
// region's profile and assessments in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating and seeding it when `createIfMissing`), showing
    // the store's error in a dialog and keeping the current database if it fails.
    bool openDatabase(const QString &path, bool createIfMissing = false);
    Store *store() const { return m_store.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void openDatabaseDialog();
    void saveCopyDialog();
    void showAbout();
    void showRegion(Id regionId);
    void updateTitle();

    std::unique_ptr<Store> m_store;
    RegionTreeModel *m_regions = nullptr;
    QSortFilterProxyModel *m_regionFilter = nullptr;
    AssessmentMetricsModel *m_assessments = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_navigator = nullptr;
    QLabel *m_profile = nullptr;
    QTableView *m_assessmentTable = nullptr;
};

} // namespace triangle
