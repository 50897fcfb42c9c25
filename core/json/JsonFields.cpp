#include "JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace assurance::json {

std::optional<QJsonObject> parseObject(std::string_view bytes, const std::string &context,
                                       std::string *error) {
    QJsonParseError perr;
    const auto doc = QJsonDocument::fromJson(QByteArray(bytes.data(), qsizetype(bytes.size())), &perr);
    if (perr.error != QJsonParseError::NoError) {
        if (error)
            *error = context + ": not JSON (" + perr.errorString().toStdString() + " at byte " +
                     std::to_string(perr.offset) + ")";
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = context + ": not a JSON object";
        return std::nullopt;
    }
    return doc.object();
}

} // namespace assurance::json
