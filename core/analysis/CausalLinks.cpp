#include "CausalLinks.h"

#include "model/DomainNames.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace triangle {

namespace {
size_t refKey(const RecordRef &r)
{
    return size_t(r.id) * 2 + (r.kind == Evidence::Kind::Milestone ? 1 : 0);
}

LinkOrder orderOf(const LinkedRecord &puller, const LinkedRecord &pulled)
{
    switch (spanOrder(monthSpan(puller.date), monthSpan(pulled.date))) {
    case Order::Before:
        return LinkOrder::After;
    case Order::After:
        return LinkOrder::Before;
    case Order::Overlap:
        break;
    }
    return LinkOrder::CannotTell;
}

// Every maximal path from `start`, along links not yet on the path.
void walk(const QHash<size_t, QList<int>> &outgoing, const QList<LinkCheck> &checks, size_t start, QList<int> &path,
          QSet<size_t> &onPath, QList<QList<int>> &chains)
{
    const QList<int> next = outgoing.value(start);
    bool extended = false;
    for (int i : next) {
        const size_t to = refKey(checks[i].link.to);
        if (onPath.contains(to))
            continue;
        extended = true;
        path.append(i);
        onPath.insert(to);
        walk(outgoing, checks, to, path, onPath, chains);
        onPath.remove(to);
        path.removeLast();
    }
    if (!extended && !path.isEmpty())
        chains.append(path);
}
} // namespace

int CausalReading::count(LinkOrder order) const
{
    return int(std::count_if(checks.begin(), checks.end(),
                             [order](const LinkCheck &c) { return !c.missingRecord && c.order == order; }));
}

int CausalReading::imputedCount() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const LinkCheck &c) { return c.imputed(); }));
}

CausalReading readCausalLinks(const QList<LinkedRecord> &records, const QList<RecordLink> &links)
{
    QHash<size_t, LinkedRecord> byRef;
    for (const LinkedRecord &r : records)
        byRef.insert(refKey(r.ref), r);
    CausalReading reading;
    QHash<size_t, QList<int>> outgoing;
    QSet<size_t> pulled;
    for (const RecordLink &link : links) {
        LinkCheck check;
        check.link = link;
        const auto from = byRef.constFind(refKey(link.from));
        const auto to = byRef.constFind(refKey(link.to));
        check.missingRecord = from == byRef.cend() || to == byRef.cend();
        if (!check.missingRecord) {
            check.from = *from;
            check.to = *to;
            check.order = orderOf(check.from, check.to);
        }
        outgoing[refKey(link.from)].append(int(reading.checks.size()));
        pulled.insert(refKey(link.to));
        reading.checks.append(check);
    }
    // Chains start at a record nothing pulled; a cycle with no such start
    // starts at its first link's puller.
    QSet<int> covered;
    auto startAt = [&](size_t start) {
        QList<int> path;
        QSet<size_t> onPath{start};
        const qsizetype before = reading.chains.size();
        walk(outgoing, reading.checks, start, path, onPath, reading.chains);
        for (qsizetype c = before; c < reading.chains.size(); ++c) {
            for (int i : std::as_const(reading.chains[c]))
                covered.insert(i);
        }
    };
    QList<size_t> starts;
    for (const LinkCheck &c : std::as_const(reading.checks)) {
        const size_t from = refKey(c.link.from);
        if (!pulled.contains(from) && !starts.contains(from))
            starts.append(from);
    }
    for (size_t start : std::as_const(starts))
        startAt(start);
    for (int i = 0; i < reading.checks.size(); ++i) {
        if (!covered.contains(i))
            startAt(refKey(reading.checks[i].link.from));
    }
    return reading;
}

QString CausalLinkText::order(LinkOrder order)
{
    switch (order) {
    case LinkOrder::After:
        return tr("after");
    case LinkOrder::CannotTell:
        return tr("same time, cannot tell");
    case LinkOrder::Before:
        return tr("before: the link contradicts the dates");
    }
    return {};
}

QString CausalLinkText::key(LinkOrder order)
{
    switch (order) {
    case LinkOrder::After:
        return QStringLiteral("after");
    case LinkOrder::CannotTell:
        return QStringLiteral("cannot_tell");
    case LinkOrder::Before:
        return QStringLiteral("contradicts");
    }
    return {};
}

QString CausalLinkText::imputedNote() { return tr("a date placed from context"); }

QString CausalLinkText::recordKey(const LinkedRecord &record)
{
    return (record.ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy:") : QStringLiteral("milestone:")) + record.uid;
}

QString CausalLinkText::record(const LinkedRecord &record)
{
    return tr("%1 · %2").arg(record.date.toString(), localizedName(record.titleZh, record.titleEn));
}

QString CausalLinkText::line(const LinkCheck &check)
{
    QString verdict = order(check.order);
    if (check.missingRecord)
        verdict = tr("not checked: a record is missing");
    else if (check.imputed())
        verdict = tr("%1, with %2").arg(verdict, imputedNote());
    return tr("%1 → %2: %3").arg(record(check.from), record(check.to), verdict);
}

QList<int> CausalLinkText::chainOrder(const CausalReading &reading)
{
    QList<int> order;
    for (const QList<int> &chain : reading.chains) {
        for (int i : chain) {
            if (!order.contains(i))
                order << i;
        }
    }
    for (int i = 0; i < reading.checks.size(); ++i) {
        if (!order.contains(i))
            order << i;
    }
    return order;
}

} // namespace triangle
