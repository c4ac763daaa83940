#include "DataFingerprint.h"

#include "DataExporter.h"
#include "JsonDataWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataFingerprint)
};

// A device that hashes what is written to it, so that the export is never
// held in memory whole.
class HashingDevice : public QIODevice
{
public:
    HashingDevice() : m_hash(QCryptographicHash::Sha256) { open(QIODevice::WriteOnly); }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    QCryptographicHash m_hash;
};
} // namespace

QString dataFingerprint(const DataSet &data)
{
    HashingDevice device;
    if (!writeJsonData(data, device))
        return {};
    return device.hex();
}

Result<QString> dataFingerprint(const Store &store)
{
    auto data = exportDataSet(store, true);
    if (!data)
        return data.error();
    QString fingerprint = dataFingerprint(*data);
    if (fingerprint.isEmpty())
        return StoreError{StoreError::Kind::IoError, Tr::tr("The data could not be read to compute its fingerprint."), {}};
    return fingerprint;
}

} // namespace triangle
