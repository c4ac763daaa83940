#include "StagesDialog.h"

#include "model/DomainNames.h"
#include "model/PartialDate.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Columns { KeyColumn, NameZhColumn, NameEnColumn, YearsColumn, StatusColumn, ColumnCount };
enum Roles { StageIdRole = Qt::UserRole + 1 };

QString statusName(bool planned) { return planned ? StagesDialog::tr("Planned") : StagesDialog::tr("Observed"); }

QString statusDescription(bool planned)
{
    return planned ? StagesDialog::tr("The scores at this stage are planned values, such as the targets of a Five-Year plan. "
                                      "Findings that read the target stage then say “planned, not observed”.")
                   : StagesDialog::tr("The scores at this stage record what was observed.");
}

QString yearsOf(const Stage &s)
{
    return s.startYear == s.endYear ? QString::number(s.startYear) : QStringLiteral("%1–%2").arg(s.startYear).arg(s.endYear);
}

QSpinBox *yearBox()
{
    auto *box = new QSpinBox;
    box->setRange(PartialDate::MinYear, PartialDate::MaxYear);
    box->setGroupSeparatorShown(false);
    return box;
}
} // namespace

StagesDialog::StagesDialog(Editor *editor, QWidget *parent)
    : QDialog(parent),
      m_editor(editor),
      m_table(new QTableWidget(0, ColumnCount)),
      m_key(new QLabel),
      m_nameZh(new QLineEdit),
      m_nameEn(new QLineEdit),
      m_startYear(yearBox()),
      m_endYear(yearBox()),
      m_status(new QComboBox)
{
    setWindowTitle(tr("Stages"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Chinese name"), tr("English name"), tr("Years"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameEnColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);

    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setToolTip(tr("The findings, the data files and the command line name the stage by its key, which stays as it is."));
    for (bool planned : {false, true}) {
        m_status->addItem(statusName(planned), planned);
        m_status->setItemData(m_status->count() - 1, statusDescription(planned), Qt::ToolTipRole);
    }
    m_status->setToolTip(tr("Whether the scores at this stage were observed or are a plan's targets. The findings read "
                            "this of the target stage."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Key:"), m_key);
    auto addRow = [&](const QString &label, const QString &key, QWidget *field) { m_feedback.addRow(form, label, key, field); };
    addRow(tr("Chinese &name:"), QStringLiteral("name_zh"), m_nameZh);
    addRow(tr("&English name:"), QStringLiteral("name_en"), m_nameEn);
    addRow(tr("&Start year:"), QStringLiteral("start_year"), m_startYear);
    addRow(tr("En&d year:"), QStringLiteral("end_year"), m_endYear);
    addRow(tr("Stat&us:"), QStringLiteral("status"), m_status);

    auto *note = new QLabel(tr("A field is saved when you leave it, and Edit › Undo takes it back. Planned: the scores are a "
                               "plan's targets, such as a Five-Year plan's; the findings that read the target stage then say "
                               "“planned, not observed”."));
    note->setWordWrap(true);
    auto *tableLabel = new QLabel(tr("S&tages, in order:"));
    tableLabel->setBuddy(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a field saves it and stays: as the default button, Close would
    // close the dialog over a refusal before it could be read.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_feedback.addGeneralMessage());
    layout->addWidget(buttons);
    setTabOrder(m_table, m_nameZh);
    setTabOrder(m_nameZh, m_nameEn);
    setTabOrder(m_nameEn, m_startYear);
    setTabOrder(m_startYear, m_endYear);
    setTabOrder(m_endYear, m_status);
    setTabOrder(m_status, buttons);

    for (QLineEdit *edit : {m_nameZh, m_nameEn})
        connect(edit, &QLineEdit::editingFinished, this, &StagesDialog::apply);
    for (QSpinBox *box : {m_startYear, m_endYear})
        connect(box, &QSpinBox::editingFinished, this, &StagesDialog::apply);
    connect(m_status, &QComboBox::activated, this, &StagesDialog::apply);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            showStage();
    });
    if (Store *store = m_editor->store())
        connect(store, &Store::stagesChanged, this, &StagesDialog::reload);
    reload();
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
    resize(720, 480);
}

StagesDialog::~StagesDialog()
{
    // QDialog's destructor hides the dialog, and the focus leaving a field
    // would then save it into this half-destroyed dialog (and perhaps a store
    // already closed): closed the usual way, it was saved when hidden.
    for (QWidget *field : std::initializer_list<QWidget *>{m_nameZh, m_nameEn, m_startYear, m_endYear, m_status})
        disconnect(field, nullptr, this, nullptr);
}

bool StagesDialog::selectStage(const QString &key)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KeyColumn)->text() == key) {
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

Id StagesDialog::currentStage() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), KeyColumn);
    return item ? item->data(StageIdRole).toLongLong() : NoId;
}

void StagesDialog::reload()
{
    const Id keep = currentStage();
    Store *store = m_editor->store();
    auto stages = store ? store->stages().all() : Result<QList<Stage>>(QList<Stage>{});
    {
        const QSignalBlocker quiet(m_table);
        m_table->setRowCount(0);
        int current = -1;
        for (const Stage &s : stages ? *stages : QList<Stage>{}) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList texts{s.key, s.nameZh, s.nameEn, yearsOf(s), statusName(s.planned)};
            for (int column = 0; column < ColumnCount; ++column)
                m_table->setItem(row, column, new QTableWidgetItem(texts[column]));
            m_table->item(row, KeyColumn)->setData(StageIdRole, s.id);
            m_table->item(row, StatusColumn)->setToolTip(statusDescription(s.planned));
            if (s.id == keep)
                current = row;
        }
        if (current >= 0)
            m_table->setCurrentCell(current, 0);
    }
    if (!stages)
        m_feedback.showGeneral(stages.error().message);
    // A change from another program while the user is typing here keeps the
    // typing; the edit is merged with it when finished.
    if (store && store->isAnnouncingExternalChange() && isTyping())
        return;
    showStage();
}

void StagesDialog::showStage()
{
    m_feedback.clear();
    Store *store = m_editor->store();
    const Id id = currentStage();
    auto stage = store && id != NoId ? store->stages().byId(id) : Result<Stage>(StoreError{});
    m_loaded = stage ? *stage : Stage{};
    for (QWidget *field : std::initializer_list<QWidget *>{m_nameZh, m_nameEn, m_startYear, m_endYear, m_status})
        field->setEnabled(stage.ok());
    m_key->setText(m_loaded.key);
    m_nameZh->setText(m_loaded.nameZh);
    m_nameEn->setText(m_loaded.nameEn);
    m_startYear->setValue(m_loaded.startYear);
    m_endYear->setValue(m_loaded.endYear);
    m_status->setCurrentIndex(m_status->findData(m_loaded.planned));
}

bool StagesDialog::isTyping() const
{
    if (!isAncestorOf(QApplication::focusWidget()) || m_loaded.id == NoId)
        return false;
    return fromFields() != m_loaded;
}

Stage StagesDialog::fromFields() const
{
    Stage s = m_loaded;
    s.nameZh = m_nameZh->text().trimmed();
    s.nameEn = m_nameEn->text().trimmed();
    s.startYear = m_startYear->value();
    s.endYear = m_endYear->value();
    s.planned = m_status->currentData().toBool();
    return s;
}

void StagesDialog::apply()
{
    if (m_loaded.id == NoId || !m_editor->store())
        return;
    const Stage s = fromFields();
    if (m_feedback.show(validateStage(s)) || s == m_loaded)
        return;
    // Merged with what another program may have written since the form read it.
    const Stage base = m_loaded;
    if (!m_editor->updateStage(s, &base) && !m_feedback.show(m_editor->lastError().problems))
        m_feedback.showGeneral(m_editor->lastError().message);
}

} // namespace triangle
