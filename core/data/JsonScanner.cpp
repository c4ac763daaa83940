#include "JsonScanner.h"

#include <QSet>

#include <algorithm>

namespace triangle {

void JsonScanner::skipSpace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonScanner::skipString()
{
    ++m_pos; // the opening quote
    while (m_pos < m_size) {
        const char c = m_data[m_pos++];
        if (c == '"')
            return true;
        if (c == '\\')
            ++m_pos;
        else if (static_cast<unsigned char>(c) < 0x20)
            return false;
    }
    return false;
}

bool JsonScanner::skipValue()
{
    if (m_pos >= m_size)
        return false;
    const char first = m_data[m_pos];
    if (first == '"')
        return skipString();
    if (first == '{' || first == '[') {
        int depth = 0;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
    const qint64 start = m_pos;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            break;
        ++m_pos;
    }
    return m_pos > start;
}

bool JsonScanner::scan(const char *data, qint64 size, const QStringList &streamedKeys, QList<Member> &members, qint64 *failedAt,
                       const std::function<void(qint64)> &passed)
{
    JsonScanner s(data, size);
    s.m_passed = passed;
    const bool scanned = s.scanObject(streamedKeys, members);
    if (!scanned && failedAt)
        *failedAt = std::min(s.m_pos, size);
    return scanned;
}

bool JsonScanner::scanObject(const QStringList &streamedKeys, QList<Member> &members)
{
    JsonScanner &s = *this;
    const char *data = m_data;
    const qint64 size = m_size;
    if (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF')
        s.m_pos = 3;
    s.skipSpace();
    if (!s.at('{'))
        return false;
    ++s.m_pos;
    s.skipSpace();
    QSet<QString> seen;
    if (s.at('}')) {
        ++s.m_pos;
    } else {
        while (true) {
            s.skipSpace();
            if (!s.at('"'))
                return false;
            const qint64 keyBegin = s.m_pos + 1;
            if (!s.skipString())
                return false;
            const QByteArray rawKey(data + keyBegin, s.m_pos - 1 - keyBegin);
            // Our keys are plain; anything else is left to the whole-document parser.
            if (rawKey.contains('\\'))
                return false;
            Member m;
            m.key = QString::fromUtf8(rawKey);
            if (seen.contains(m.key))
                return false;
            seen.insert(m.key);
            s.skipSpace();
            if (!s.at(':'))
                return false;
            ++s.m_pos;
            s.skipSpace();
            m.value.begin = s.m_pos;
            if (streamedKeys.contains(m.key) && s.at('[')) {
                m.streamed = true;
                ++s.m_pos;
                s.skipSpace();
                if (s.at(']')) {
                    ++s.m_pos;
                } else {
                    while (true) {
                        s.skipSpace();
                        Span element{s.m_pos, 0};
                        if (!s.skipValue())
                            return false;
                        element.end = s.m_pos;
                        m.elements.append(element);
                        if (s.m_passed && s.m_pos - s.m_told > 32LL * 1024 * 1024) {
                            s.m_passed(s.m_pos);
                            s.m_told = s.m_pos;
                        }
                        s.skipSpace();
                        if (s.at(',')) {
                            ++s.m_pos;
                            continue;
                        }
                        if (!s.at(']'))
                            return false;
                        ++s.m_pos;
                        break;
                    }
                }
            } else if (!s.skipValue()) {
                return false;
            }
            m.value.end = s.m_pos;
            members.append(m);
            s.skipSpace();
            if (s.at(',')) {
                ++s.m_pos;
                continue;
            }
            if (!s.at('}'))
                return false;
            ++s.m_pos;
            break;
        }
    }
    s.skipSpace();
    return s.m_pos == size;
}

} // namespace triangle
