#include "RecordLinkDialog.h"

#include "store/CausalLinkQueries.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace triangle {

RecordLinkDialog::RecordLinkDialog(Editor *editor, const RecordLink &link, QWidget *parent)
    : QDialog(parent),
      m_editor(editor),
      m_read(link),
      m_to(new QComboBox),
      m_quote(new QPlainTextEdit),
      m_location(new QLineEdit),
      m_note(new QLineEdit)
{
    setWindowTitle(link.id == NoId ? tr("Add Link") : tr("Edit Link"));
    QString fromText;
    if (auto records = linkedRecordsOf(*editor->store(), link.regionId)) {
        std::stable_sort(records->begin(), records->end(),
                         [](const LinkedRecord &a, const LinkedRecord &b) { return a.date < b.date; });
        for (const LinkedRecord &r : std::as_const(*records)) {
            if (r.ref == link.from) {
                fromText = CausalLinkText::record(r);
                continue;
            }
            m_choices.append(r);
            m_to->addItem(CausalLinkText::record(r));
            if (r.ref == link.to)
                m_to->setCurrentIndex(m_to->count() - 1);
        }
    }
    if (link.to.id == NoId)
        m_to->setCurrentIndex(-1);
    m_quote->setPlainText(link.quote);
    m_quote->setTabChangesFocus(true); // Tab leaves the quote: the form is used from the keyboard
    m_quote->setPlaceholderText(tr("The sentence of the source that says so, as written"));
    m_location->setText(link.location);
    m_location->setPlaceholderText(tr("e.g. §3.2, p. 7"));
    m_note->setText(link.note);

    auto *from = new QLabel(fromText);
    from->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("This record:"), from);
    m_feedback.addRow(form, tr("&Drove:"), QStringLiteral("to"), m_to);
    m_feedback.addRow(form, tr("&Quote:"), QStringLiteral("quote"), m_quote);
    m_feedback.addRow(form, tr("&Location:"), QStringLiteral("location"), m_location);
    m_feedback.addRow(form, tr("&Note:"), QStringLiteral("note"), m_note);
    m_fields = {{QStringLiteral("to"), m_to}, {QStringLiteral("quote"), m_quote},
                {QStringLiteral("location"), m_location}, {QStringLiteral("note"), m_note}};

    m_feedback.layOutDialog(this, form);
    resize(640, sizeHint().height());
}

QWidget *RecordLinkDialog::field(const QString &key) const
{
    return m_fields.value(key);
}

void RecordLinkDialog::accept()
{
    RecordLink link = m_read;
    const int chosen = m_to->currentIndex();
    link.to = chosen >= 0 && chosen < m_choices.size() ? m_choices[chosen].ref : RecordRef{};
    link.quote = m_quote->toPlainText().trimmed();
    link.location = m_location->text().trimmed();
    link.note = m_note->text().trimmed();
    FieldProblems problems = validateRecordLink(link);
    if (link.to.id == NoId) { // said as a choice here, not as "must name a policy or a milestone"
        for (FieldProblem &p : problems) {
            if (p.field == QStringLiteral("to"))
                p.message = tr("choose the record this one drove");
        }
    }
    if (m_feedback.show(problems))
        return;
    std::optional<Id> saved = link.id == NoId
                                  ? m_editor->addRecordLink(link)
                                  : (m_editor->updateRecordLink(link, &m_read) ? std::optional<Id>(link.id) : std::nullopt);
    if (!saved) {
        m_feedback.showRefusal(m_editor->lastError());
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace triangle
