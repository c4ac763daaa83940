#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace triangle {

// Finds the top-level members of a JSON object and, for the arrays asked
// for, where each element starts and ends, without building any of it: the
// large sections of a data file are then parsed one element at a time.
// Only the structure is followed here; the elements and the other members are
// checked by QJsonDocument when they are parsed. A scan that fails means the
// text is not a JSON object this way can read (the caller then parses it whole
// to say why).
class JsonScanner
{
public:
    struct Span
    {
        qint64 begin = 0;
        qint64 end = 0; // one past the last byte
    };

    struct Member
    {
        QString key;
        Span value;
        bool streamed = false; // an array whose elements are in `elements`
        QList<Span> elements;
    };

    // `streamedKeys`: the members whose array elements are located one by one.
    // `failedAt`, if given, is set to where a failed scan stopped; `passed`,
    // if given, is told now and then how far the scan has come (to hand the
    // pages behind it back to the system).
    static bool scan(const char *data, qint64 size, const QStringList &streamedKeys, QList<Member> &members,
                     qint64 *failedAt = nullptr, const std::function<void(qint64)> &passed = {});

private:
    JsonScanner(const char *data, qint64 size) : m_data(data), m_size(size) {}
    bool scanObject(const QStringList &streamedKeys, QList<Member> &members);
    void skipSpace();
    bool skipString();
    bool skipValue();
    bool at(char c) const { return m_pos < m_size && m_data[m_pos] == c; }

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    std::function<void(qint64)> m_passed;
    qint64 m_told = 0;
};

} // namespace triangle
