#pragma once

// Committed reference data under tests/data (ASSURANCE_TEST_DATA is that folder).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace testdata {

// The JSON object in tests/data/<file>; empty when the file is missing or not a JSON object.
inline QJsonObject loadObject(const char *file) {
    QFile f(QStringLiteral(ASSURANCE_TEST_DATA "/") + QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace testdata
