#include "ReportDialog.h"

#include "export/LibreOfficeConversion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace triangle {

namespace {
const QString RegionsKey = QStringLiteral("report/regions"); // ticked codes, in order
const QString FormatKey = QStringLiteral("report/format");   // "pdf", "odt" or "docx"
constexpr int IdRole = Qt::UserRole;
constexpr int CodeRole = Qt::UserRole + 1;
} // namespace

ReportDialog::ReportDialog(const QList<RegionChoice> &regions, qsizetype ticked, QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
{
    setWindowTitle(tr("Report"));
    for (qsizetype i = 0; i < regions.size(); ++i) {
        auto *item = new QListWidgetItem(regions[i].label, m_list);
        item->setData(IdRole, regions[i].id);
        item->setData(CodeRole, regions[i].code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(i < ticked ? Qt::Checked : Qt::Unchecked);
    }
    m_format->addItem(tr("PDF document"), int(ReportFormat::Pdf));
    m_format->addItem(tr("OpenDocument text, to edit (Word, WPS, LibreOffice)"), int(ReportFormat::Odt));
    if (!libreOfficeProgram().isEmpty()) // it converts the OpenDocument text
        m_format->addItem(tr("Word document (converted by LibreOffice)"), int(ReportFormat::Docx));
    m_preset->setVisible(false);

    // The remembered choice, where its regions are offered.
    const QSettings settings;
    const QStringList codes = settings.value(RegionsKey).toStringList();
    QList<Id> remembered;
    for (const QString &code : codes) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(CodeRole).toString() == code)
                remembered << m_list->item(row)->data(IdRole).value<Id>();
        }
    }
    if (!remembered.isEmpty())
        choose(remembered);
    setFormat(reportFormatOf(QLatin1Char('.') + settings.value(FormatKey).toString()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Write Report…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &ReportDialog::updateButtons);
    connect(m_preset, &QComboBox::activated, this, &ReportDialog::applyPreset);

    auto *moves = new QVBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(moves);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Regions, each with a page of its own in this order:"), this);
    heading->setWordWrap(true);
    layout->addWidget(m_preset);
    layout->addWidget(heading);
    layout->addLayout(listRow, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButtons();
}

void ReportDialog::setPresets(const QList<Preset> &presets)
{
    m_presets = presets;
    m_preset->clear();
    m_preset->addItem(tr("Choose regions below, or a saved set…"));
    for (const Preset &p : presets)
        m_preset->addItem(p.name);
    m_preset->setVisible(!presets.isEmpty());
}

void ReportDialog::applyPreset(int index)
{
    if (index >= 1 && index <= m_presets.size())
        choose(m_presets[index - 1].regions);
}

QList<Id> ReportDialog::chosenRegions() const
{
    QList<Id> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen << m_list->item(row)->data(IdRole).value<Id>();
    }
    return chosen;
}

ReportFormat ReportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

void ReportDialog::setFormat(ReportFormat format)
{
    // A Word document without LibreOffice to convert it is written as the text it would convert.
    const int index = m_format->findData(int(format));
    m_format->setCurrentIndex(index >= 0 ? index : m_format->findData(int(ReportFormat::Odt)));
}

void ReportDialog::choose(const QList<Id> &regions)
{
    // Ticked ones first in the order given; the rest keep theirs beneath.
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setCheckState(Qt::Unchecked);
    int top = 0;
    for (Id id : regions) {
        for (int row = top; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(IdRole).value<Id>() == id) {
                QListWidgetItem *item = m_list->takeItem(row);
                m_list->insertItem(top++, item);
                item->setCheckState(Qt::Checked);
                break;
            }
        }
    }
    updateButtons();
}

void ReportDialog::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void ReportDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    if (m_ok)
        m_ok->setEnabled(!chosenRegions().isEmpty());
}

void ReportDialog::saveChoice() const
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            codes << m_list->item(row)->data(CodeRole).toString();
    }
    QSettings settings;
    settings.setValue(RegionsKey, codes);
    settings.setValue(FormatKey, reportSuffix(format()).mid(1));
}

void ReportDialog::accept()
{
    if (chosenRegions().isEmpty())
        return;
    saveChoice();
    QDialog::accept();
}

} // namespace triangle
