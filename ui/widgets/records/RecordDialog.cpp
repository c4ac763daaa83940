#include "RecordDialog.h"

#include "model/DomainNames.h"
#include "model/Validation.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"
#include "widgets/forms/FormRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace triangle {

namespace {
// The fields both kinds share, read from either.
template<typename R>
void fillCommon(const R &r, QLineEdit *date, QLineEdit *zh, QLineEdit *en, const PerDimension<QCheckBox *> &dims, QComboBox *primary,
                QCheckBox *imputed)
{
    date->setText(r.date.isValid() ? r.date.toString() : QString());
    zh->setText(r.titleZh);
    en->setText(r.titleEn);
    for (Dimension d : AllDimensions)
        dims[d]->setChecked(r.dimensions.contains(d));
    primary->setCurrentIndex(r.primaryDimension ? primary->findData(int(*r.primaryDimension)) : 0);
    imputed->setChecked(r.dateImputed);
}
} // namespace

RecordDialog::RecordDialog(Editor *editor, Record record, QWidget *parent)
    : QDialog(parent),
      m_editor(editor),
      m_record(record),
      m_read(std::move(record)),
      m_region(new QLineEdit),
      m_regionName(new QLabel),
      m_date(new QLineEdit),
      m_titleZh(new QLineEdit),
      m_titleEn(new QLineEdit),
      m_primary(new QComboBox),
      m_dateImputed(new QCheckBox(tr("The source gives no date: placed from &context")))
{
    const bool adding = std::visit([](const auto &r) { return r.id == NoId; }, m_record);
    if (isPolicy())
        setWindowTitle(adding ? tr("Add Policy") : tr("Edit Policy"));
    else
        setWindowTitle(adding ? tr("Add Milestone") : tr("Edit Milestone"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, const QString &key, QWidget *field, QWidget *shown = nullptr) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(shown ? shown : field);
        column->addWidget(m_feedback.addField(key, field));
        addFormRow(form, label, column, field);
        m_fields.insert(key, field);
    };

    m_region->setMaxLength(6);
    auto *regionRow = new QWidget;
    auto *regionLayout = new QHBoxLayout(regionRow);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    regionLayout->addWidget(m_region);
    regionLayout->addWidget(m_regionName, 1);
    connect(m_region, &QLineEdit::textChanged, this, &RecordDialog::showRegionName);
    addRow(tr("&Region code:"), QStringLiteral("region"), m_region, regionRow);
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    auto *dateRow = new QWidget;
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_date, 1);
    dateLayout->addWidget(m_dateImputed);
    m_dateImputed->setToolTip(tr("The dated-evidence reading of the findings is also made without such dates."));
    addRow(tr("&Date:"), QStringLiteral("date"), m_date, dateRow);
    addRow(tr("Chinese &title:"), QStringLiteral("title_zh"), m_titleZh);
    addRow(tr("&English title:"), QStringLiteral("title_en"), m_titleEn);
    auto *dims = new QWidget;
    auto *dimsLayout = new QHBoxLayout(dims);
    dimsLayout->setContentsMargins(0, 0, 0, 0);
    for (Dimension d : AllDimensions) {
        m_dimensions[d] = new QCheckBox(dimensionName(d));
        dimsLayout->addWidget(m_dimensions[d]);
    }
    dimsLayout->addStretch();
    addRow(tr("Bears on:"), QStringLiteral("dimensions"), dims);
    // One record, one fact: it counts once in the dated-evidence reading.
    m_primary->addItem(tr("shared equally among the dimensions it bears on"), -1);
    for (Dimension d : AllDimensions)
        m_primary->addItem(dimensionName(d), int(d));
    m_primary->setToolTip(tr("In the findings' dated-evidence reading a record counts once: for this dimension, or shared "
                             "equally among those it bears on."));
    addRow(tr("Counts f&or:"), QStringLiteral("primary_dimension"), m_primary);

    Id regionId = NoId;
    if (const auto *p = std::get_if<Policy>(&m_record)) {
        m_issuer = new QLineEdit(p->issuer);
        m_level = new QComboBox;
        for (Level level : {Level::National, Level::Province, Level::City, Level::County})
            m_level->addItem(levelName(level), int(level));
        m_level->setCurrentIndex(m_level->findData(int(p->level)));
        m_levelChosen = !adding;
        connect(m_level, &QComboBox::activated, this, [this] { m_levelChosen = true; });
        m_kind = new QComboBox;
        for (PolicyKind kind : {PolicyKind::Law, PolicyKind::Regulation, PolicyKind::Rule, PolicyKind::Plan, PolicyKind::Pilot, PolicyKind::Standard,
                                PolicyKind::Platform, PolicyKind::Institution, PolicyKind::Other})
            m_kind->addItem(policyKindName(kind), int(kind));
        m_kind->setCurrentIndex(m_kind->findData(int(p->kind)));
        m_summary = new QPlainTextEdit(p->summary);
        m_summary->setTabChangesFocus(true);
        m_reference = new QLineEdit(p->reference);
        addRow(tr("&Issuer:"), QStringLiteral("issuer"), m_issuer);
        addRow(tr("&Level:"), QStringLiteral("level"), m_level);
        addRow(tr("&Kind:"), QStringLiteral("kind"), m_kind);
        addRow(tr("&Summary:"), QStringLiteral("summary"), m_summary);
        addRow(tr("Re&ference:"), QStringLiteral("reference"), m_reference);
        fillCommon(*p, m_date, m_titleZh, m_titleEn, m_dimensions, m_primary, m_dateImputed);
        regionId = p->regionId;
    } else {
        const auto &m = std::get<Milestone>(m_record);
        m_description = new QPlainTextEdit(m.description);
        m_description->setTabChangesFocus(true);
        m_quantity = new QLineEdit(m.quantity ? QLocale().toString(m.quantity->value, 'g', 12) : QString());
        m_quantity->setPlaceholderText(tr("optional, e.g. 283"));
        m_unit = new QLineEdit(m.quantity ? m.quantity->unit : QString());
        m_unit->setPlaceholderText(tr("e.g. 项, m², records"));
        addRow(tr("De&scription:"), QStringLiteral("description"), m_description);
        addRow(tr("&Quantity:"), QStringLiteral("quantity"), m_quantity);
        addRow(tr("&Unit:"), QStringLiteral("unit"), m_unit);
        fillCommon(m, m_date, m_titleZh, m_titleEn, m_dimensions, m_primary, m_dateImputed);
        regionId = m.regionId;
    }
    if (auto region = m_editor->store()->regions().byId(regionId))
        m_region->setText(region->code);

    m_feedback.layOutDialog(this, form);
    resize(640, sizeHint().height());
}

QWidget *RecordDialog::field(const QString &key) const
{
    return m_fields.value(key);
}

void RecordDialog::showRegionName()
{
    auto region = m_editor->store()->regions().byCode(m_region->text().trimmed());
    m_regionName->setText(region ? localizedName(region->nameZh, region->nameEn) : QString());
    if (region && m_level && !m_levelChosen)
        m_level->setCurrentIndex(m_level->findData(int(region->level)));
}

void RecordDialog::accept()
{
    FieldProblems problems;
    Id regionId = NoId;
    if (auto region = m_editor->store()->regions().byCode(m_region->text().trimmed()))
        regionId = region->id;
    else
        problems.append({QStringLiteral("region"), tr("no region has the code “%1”").arg(m_region->text().trimmed())});
    PartialDate date;
    if (auto parsed = PartialDate::parse(m_date->text()))
        date = *parsed;
    DimensionSet dims;
    for (Dimension d : AllDimensions) {
        if (m_dimensions[d]->isChecked())
            dims.insert(d);
    }

    auto fillCommonFields = [&](auto &r) {
        r.regionId = regionId;
        r.date = date;
        r.titleZh = m_titleZh->text().trimmed();
        r.titleEn = m_titleEn->text().trimmed();
        r.dimensions = dims;
        const int primary = m_primary->currentData().toInt();
        r.primaryDimension = primary < 0 ? std::nullopt : std::optional(Dimension(primary));
        r.dateImputed = m_dateImputed->isChecked();
    };
    if (auto *p = std::get_if<Policy>(&m_record)) {
        fillCommonFields(*p);
        p->issuer = m_issuer->text().trimmed();
        p->level = Level(m_level->currentData().toInt());
        p->kind = PolicyKind(m_kind->currentData().toInt());
        p->summary = m_summary->toPlainText().trimmed();
        p->reference = m_reference->text().trimmed();
        problems += validatePolicy(*p);
    } else {
        auto &m = std::get<Milestone>(m_record);
        fillCommonFields(m);
        m.description = m_description->toPlainText().trimmed();
        m.quantity.reset();
        const QString quantity = m_quantity->text().trimmed();
        if (!quantity.isEmpty()) {
            bool ok = false;
            double value = QLocale().toDouble(quantity, &ok);
            if (!ok)
                value = quantity.toDouble(&ok); // "9250000" or "9.25e6" in any locale
            if (ok)
                m.quantity = Quantity{value, m_unit->text().trimmed()};
            else
                problems.append({QStringLiteral("quantity"), tr("“%1” is not a number").arg(quantity)});
        } else if (!m_unit->text().trimmed().isEmpty()) {
            problems.append({QStringLiteral("unit"), tr("a unit needs a quantity")});
        }
        problems += validateMilestone(m);
    }
    // The region rule repeats ours when no region matched: show it once.
    if (regionId == NoId)
        problems.erase(std::remove_if(problems.begin() + 1, problems.end(),
                                      [](const FieldProblem &p) { return p.field == QStringLiteral("region"); }),
                       problems.end());
    if (m_feedback.show(problems))
        return;

    std::optional<Id> saved;
    if (const auto *p = std::get_if<Policy>(&m_record))
        saved = p->id == NoId ? m_editor->addPolicy(*p)
                              : (m_editor->updatePolicy(*p, &std::get<Policy>(m_read)) ? std::optional<Id>(p->id) : std::nullopt);
    else {
        const auto &m = std::get<Milestone>(m_record);
        saved = m.id == NoId ? m_editor->addMilestone(m)
                             : (m_editor->updateMilestone(m, &std::get<Milestone>(m_read)) ? std::optional<Id>(m.id) : std::nullopt);
    }
    if (!saved) {
        m_feedback.showRefusal(m_editor->lastError());
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace triangle
