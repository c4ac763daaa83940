// Copying tables so that they paste with their columns: the selected cells of
// any table of the workspace, and the metrics of a diagram, go to the
// clipboard as tab-separated text and as an HTML table with a header row.

#include "support/TestData.h"

#include "views/TriangleView.h"
#include "widgets/MainWindow.h"
#include "widgets/RegionTreeModel.h"
#include "widgets/TableCopy.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/findings/FindingsPanel.h"
#include "widgets/records/RecordsPanel.h"
#include "widgets/scorecard/ScorecardPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenuBar>
#include <QMimeData>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace triangle;

namespace {
QStringList tsvLines(const QMimeData *data)
{
    QString text = data->text();
    EXPECT_TRUE(text.endsWith(QStringLiteral("\r\n")));
    text.chop(2);
    return text.split(QStringLiteral("\r\n"));
}

QStringList headersOf(const QAbstractItemView *view, const QList<int> &columns)
{
    QStringList headers;
    for (int c : columns)
        headers << view->model()->headerData(c, Qt::Horizontal).toString();
    return headers;
}

class TableCopyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(m_dir.filePath(QStringLiteral("copy.tsdb")), true));
        window.show();
        QApplication::setActiveWindow(&window);
        // Zhejiang, found in the navigator as a user finds it.
        QAbstractItemModel *regions = window.navigator()->model();
        const QModelIndexList found = regions->match(regions->index(0, 0), RegionTreeModel::CodeRole, QStringLiteral("330000"), 1,
                                                     Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1);
        window.selectRegion(found.first().data(RegionTreeModel::IdRole).toLongLong());
        QGuiApplication::clipboard()->clear();
    }

    const QMimeData *clipboard() const { return QGuiApplication::clipboard()->mimeData(); }

    QAction *editCopy() const
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() != QStringLiteral("&Edit"))
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("&Copy"))
                    return action;
            }
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    MainWindow window;
};
} // namespace

TEST(TableTextTest, TsvQuotesCellsThatWouldBreakTheGrid)
{
    CopiedTable table;
    table.headers = {QStringLiteral("Title"), QStringLiteral("Note")};
    table.rows = {{QStringLiteral("plain"), QStringLiteral("a\tb")},
                  {QStringLiteral("two\nlines"), QStringLiteral("say \"yes\"")}};
    EXPECT_EQ(tableToTsv(table), QStringLiteral("Title\tNote\r\nplain\t\"a\tb\"\r\n\"two\nlines\"\t\"say \"\"yes\"\"\"\r\n"));
}

TEST(TableTextTest, HtmlEscapesMarkupAndKeepsLineBreaks)
{
    CopiedTable table;
    table.headers = {QStringLiteral("A & B")};
    table.rows = {{QStringLiteral("<b>x</b>\nnext")}};
    const QString html = tableToHtml(table);
    EXPECT_TRUE(html.contains(QStringLiteral("<thead><tr><th>A &amp; B</th></tr></thead>"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("<td>&lt;b&gt;x&lt;/b&gt;<br>next</td>"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("charset=\"utf-8\"")));
}

TEST(TableTextTest, SelectionKeepsShownOrderAndSkipsHiddenColumns)
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("%1%2").arg(QChar(u'a' + c)).arg(r)));
    }
    QTableView view;
    view.setModel(&model);
    TableCopy *copy = TableCopy::install(&view);
    EXPECT_EQ(TableCopy::install(&view), copy); // once per view
    EXPECT_EQ(TableCopy::of(view.viewport()), copy);
    view.horizontalHeader()->moveSection(2, 0); // C is shown first
    view.setColumnHidden(1, true);
    view.selectionModel()->select(QItemSelection(model.index(0, 0), model.index(1, 2)), QItemSelectionModel::Select);
    view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select);
    const CopiedTable table = copy->selection();
    EXPECT_EQ(table.headers, (QStringList{QStringLiteral("C"), QStringLiteral("A")}));
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_EQ(table.rows[0], (QStringList{QStringLiteral("c0"), QStringLiteral("a0")}));
    EXPECT_EQ(table.rows[2], (QStringList{QString(), QStringLiteral("a2")})); // a row with only A selected
    view.selectionModel()->clear();
    EXPECT_FALSE(copy->copySelection());
    EXPECT_EQ(copy->wholeTable().rows.size(), 3);
}

TEST_F(TableCopyTest, CtrlCInThePoliciesTableCopiesTheSelectedRowsAsTsvAndHtml)
{
    window.tabs()->setCurrentWidget(window.policiesPanel());
    QTableView *table = window.policiesPanel()->table();
    ASSERT_GE(table->model()->rowCount(), 2);
    table->setFocus();
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

    const QMimeData *data = clipboard();
    ASSERT_TRUE(data);
    ASSERT_TRUE(data->hasText());
    ASSERT_TRUE(data->hasHtml());
    QList<int> columns;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (!table->isColumnHidden(c))
            columns << c;
    }
    const QStringList lines = tsvLines(data);
    ASSERT_EQ(lines.size(), 3); // the header row and two policies
    EXPECT_EQ(lines[0], headersOf(table, columns).join(QLatin1Char('\t')));
    const QString title = table->model()->index(1, 2).data().toString();
    ASSERT_FALSE(title.isEmpty());
    EXPECT_TRUE(lines[2].contains(title)) << qPrintable(lines[2]);
    EXPECT_EQ(lines[1].count(QLatin1Char('\t')), columns.size() - 1);
    const QString html = data->html();
    EXPECT_EQ(html.count(QStringLiteral("<th>")), columns.size());
    EXPECT_EQ(html.count(QStringLiteral("<tr>")), 3);
    EXPECT_TRUE(html.contains(title.toHtmlEscaped()));
}

TEST_F(TableCopyTest, EditCopyCopiesTheFocusedScorecardCells)
{
    window.tabs()->setCurrentWidget(window.scorecardPanel());
    QTreeView *tree = window.scorecardPanel()->view();
    QAbstractItemModel *model = tree->model();
    ASSERT_GT(model->rowCount(), 0);
    const QModelIndex group = model->index(0, 0);
    ASSERT_GT(model->rowCount(group), 1);
    // Two indicators' names and scores, not their weights.
    tree->expandAll();
    tree->setFocus();
    for (int row : {0, 1}) {
        tree->selectionModel()->select(model->index(row, 0, group), QItemSelectionModel::Select);
        tree->selectionModel()->select(model->index(row, 3, group), QItemSelectionModel::Select);
    }
    QAction *copy = editCopy();
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    copy->trigger();

    const QMimeData *data = clipboard();
    ASSERT_TRUE(data && data->hasText() && data->hasHtml());
    const QStringList lines = tsvLines(data);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], headersOf(tree, {0, 3}).join(QLatin1Char('\t')));
    EXPECT_EQ(lines[1], model->index(0, 0, group).data().toString() + QLatin1Char('\t') + model->index(0, 3, group).data().toString());
    EXPECT_TRUE(data->html().contains(QStringLiteral("<th>%1</th>").arg(headersOf(tree, {3}).first().toHtmlEscaped())));
}

TEST_F(TableCopyTest, DiagramsCopyAsTableCopiesTheMetricsOfWhatIsShown)
{
    window.tabs()->setCurrentWidget(window.diagramsPanel());
    window.diagramsPanel()->showPage(DiagramsPanel::EvolutionPage);
    TriangleView *view = window.diagramsPanel()->evolutionView();
    QAction *copyAsTable = nullptr;
    for (QAction *action : view->actions()) {
        if (action->text() == QStringLiteral("Copy as &Table"))
            copyAsTable = action;
    }
    ASSERT_TRUE(copyAsTable);
    EXPECT_EQ(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    copyAsTable->trigger();

    const QMimeData *data = clipboard();
    ASSERT_TRUE(data && data->hasText() && data->hasHtml());
    const QStringList lines = tsvLines(data);
    ASSERT_EQ(lines.size(), 4); // the header and Zhejiang's three stages
    EXPECT_EQ(lines[0], QStringLiteral("Region\tStage\tMission\tPolitical\tOperational\tArea\tBalance\tLeading\tForm"));
    const QStringList advantage = lines[2].split(QLatin1Char('\t'));
    ASSERT_EQ(advantage.size(), 9);
    EXPECT_EQ(advantage[0], QStringLiteral("Zhejiang"));
    EXPECT_EQ(advantage[1], QStringLiteral("Advantage triangle"));
    EXPECT_EQ(advantage.mid(2, 5), (QStringList{QStringLiteral("8.0"), QStringLiteral("5.8"), QStringLiteral("6.3"),
                                                 QStringLiteral("57.7"), QStringLiteral("0.725")})); // docs/method.md
    EXPECT_EQ(advantage[7], QStringLiteral("Mission"));
    EXPECT_TRUE(advantage[8].contains(QStringLiteral("mission"), Qt::CaseInsensitive)) << qPrintable(advantage[8]);
    EXPECT_EQ(data->html().count(QStringLiteral("<tr>")), 4);

    // A stage the user hid from the legend is not shown, so not copied.
    view->setSeriesVisible(0, false);
    copyAsTable->trigger();
    EXPECT_EQ(tsvLines(clipboard()).size(), 3);
}

TEST_F(TableCopyTest, ContextMenuCopiesTheWholeFindingsTable)
{
    window.tabs()->setCurrentWidget(window.findingsPanel());
    QTableView *table = window.findingsPanel()->table();
    TableCopy *copy = TableCopy::of(table);
    ASSERT_TRUE(copy);
    EXPECT_EQ(table->contextMenuPolicy(), Qt::CustomContextMenu); // the helper's menu
    ASSERT_GT(table->model()->rowCount(), 0);
    copy->copyWholeTableAction()->trigger();
    const QMimeData *data = clipboard();
    ASSERT_TRUE(data && data->hasText() && data->hasHtml());
    EXPECT_EQ(tsvLines(data).size(), table->model()->rowCount() + 1);
    EXPECT_EQ(data->html().count(QStringLiteral("<tr>")), table->model()->rowCount() + 1);
    // The headers broken over two lines to fit their columns paste as one line each.
    EXPECT_TRUE(data->text().startsWith(QStringLiteral("Region\tContinuous evolution\tAdvantage traction (scores)\t"
                                                       "Advantage traction (dated evidence)\tDynamic balance\r\n")))
        << qPrintable(data->text().left(200));
    // Every table of the workspace has one.
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{
             window.policiesPanel()->table(), window.milestonesPanel()->table(), window.scorecardPanel()->view(), table})
        EXPECT_TRUE(TableCopy::of(view));
}
