#include "IndicatorDialog.h"

#include "model/DomainNames.h"
#include "model/Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace triangle {

namespace {
enum RubricColumn { ScoreColumn, LabelZhColumn, LabelEnColumn, DescriptionZhColumn, DescriptionEnColumn, RubricColumns };

QPlainTextEdit *shortText(const QString &text)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}
} // namespace

IndicatorDialog::IndicatorDialog(const Indicator &indicator, QWidget *parent)
    : QDialog(parent), m_indicator(indicator), m_key(new QLineEdit(indicator.key)), m_dimension(new QComboBox),
      m_nameZh(new QLineEdit(indicator.nameZh)), m_nameEn(new QLineEdit(indicator.nameEn)),
      m_definition(shortText(indicator.definition)), m_observation(shortText(indicator.observation)),
      m_direction(new QComboBox), m_weight(new QDoubleSpinBox), m_rubric(new QTableWidget(0, RubricColumns)),
      m_problems(new QLabel)
{
    setWindowTitle(indicator.id == NoId ? tr("Add Indicator") : tr("Edit Indicator"));
    for (Dimension d : AllDimensions)
        m_dimension->addItem(dimensionName(d), index(d));
    m_dimension->setCurrentIndex(index(indicator.dimension));
    m_direction->addItem(tr("Higher is better"), int(IndicatorDirection::HigherIsBetter));
    m_direction->addItem(tr("Lower is better"), int(IndicatorDirection::LowerIsBetter));
    m_direction->setCurrentIndex(indicator.direction == IndicatorDirection::LowerIsBetter ? 1 : 0);
    m_weight->setRange(0.01, 100.0);
    m_weight->setDecimals(2);
    m_weight->setSingleStep(0.25);
    m_weight->setValue(indicator.weight);
    m_weight->setToolTip(tr("Relative to the other indicators of the same dimension; shown normalised in the scorecard."));

    m_rubric->setHorizontalHeaderLabels(
        {tr("Score"), tr("Label (中文)"), tr("Label (English)"), tr("Description (中文)"), tr("Description (English)")});
    // The two descriptions share the width (the last column stretched alone
    // gave it all to the English one, a Chinese analyst's main column squeezed);
    // the labels get room for a short phrase.
    QHeaderView *columns = m_rubric->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(DescriptionZhColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(DescriptionEnColumn, QHeaderView::Stretch);
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("多数服务一站办结")) + 16;
    columns->resizeSection(LabelZhColumn, labelWidth);
    columns->resizeSection(LabelEnColumn, labelWidth);
    m_rubric->verticalHeader()->hide();
    for (const RubricLevel &level : indicator.rubric)
        addLevel(level);
    auto *addAnchor = new QPushButton(tr("Add &Anchor"));
    auto *removeAnchor = new QPushButton(tr("&Remove Anchor"));
    connect(addAnchor, &QPushButton::clicked, this, [this] { addLevel({}); });
    connect(removeAnchor, &QPushButton::clicked, this, [this] {
        if (m_rubric->currentRow() >= 0)
            m_rubric->removeRow(m_rubric->currentRow());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Dimension:"), m_dimension);
    form->addRow(tr("Name (&中文):"), m_nameZh);
    form->addRow(tr("Name (&English):"), m_nameEn);
    form->addRow(tr("What it &judges:"), m_definition);
    form->addRow(tr("How it is &observed:"), m_observation);
    form->addRow(tr("Di&rection:"), m_direction);
    form->addRow(tr("&Weight:"), m_weight);
    auto *anchorButtons = new QHBoxLayout;
    anchorButtons->addWidget(addAnchor);
    anchorButtons->addWidget(removeAnchor);
    anchorButtons->addStretch();
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rubric: the named anchor levels on the 0–10 scale")));
    layout->addWidget(m_rubric, 1);
    layout->addLayout(anchorButtons);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(860, 640);
}

void IndicatorDialog::addLevel(const RubricLevel &level)
{
    const int row = m_rubric->rowCount();
    m_rubric->insertRow(row);
    auto *score = new QDoubleSpinBox;
    score->setRange(MinScore, MaxScore);
    score->setDecimals(1);
    score->setSingleStep(0.5);
    score->setValue(level.score);
    m_rubric->setCellWidget(row, ScoreColumn, score);
    m_rubric->setItem(row, LabelZhColumn, new QTableWidgetItem(level.labelZh));
    m_rubric->setItem(row, LabelEnColumn, new QTableWidgetItem(level.labelEn));
    m_rubric->setItem(row, DescriptionZhColumn, new QTableWidgetItem(level.descriptionZh));
    m_rubric->setItem(row, DescriptionEnColumn, new QTableWidgetItem(level.descriptionEn));
}

Indicator IndicatorDialog::indicator() const
{
    Indicator i = m_indicator;
    i.key = m_key->text().trimmed();
    i.dimension = Dimension(m_dimension->currentData().toInt());
    i.nameZh = m_nameZh->text().trimmed();
    i.nameEn = m_nameEn->text().trimmed();
    i.definition = m_definition->toPlainText().trimmed();
    i.observation = m_observation->toPlainText().trimmed();
    i.direction = IndicatorDirection(m_direction->currentData().toInt());
    i.weight = m_weight->value();
    i.rubric.clear();
    for (int row = 0; row < m_rubric->rowCount(); ++row) {
        auto text = [this, row](int column) { return m_rubric->item(row, column) ? m_rubric->item(row, column)->text().trimmed() : QString(); };
        const auto *score = qobject_cast<const QDoubleSpinBox *>(m_rubric->cellWidget(row, ScoreColumn));
        i.rubric.append({score ? score->value() : 0.0, text(LabelZhColumn), text(LabelEnColumn), text(DescriptionZhColumn),
                         text(DescriptionEnColumn)});
    }
    std::stable_sort(i.rubric.begin(), i.rubric.end(), [](const RubricLevel &a, const RubricLevel &b) { return a.score < b.score; });
    return i;
}

void IndicatorDialog::accept()
{
    const FieldProblems problems = validateIndicator(indicator());
    if (!problems.isEmpty()) {
        m_problems->setText(describeProblems(problems));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace triangle
